import { useEffect, useState } from 'react';
import type { RefreshSettings } from '../../../shared/ipc/channels/campaigns';
import { call, desk } from '../../lib/api';

const CHOICES = [30, 60, 120, 300, 900];

function label(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${seconds / 60} min`;
}

/** How often running campaigns are read again while the app is open. */
export function RefreshInterval() {
  const [settings, setSettings] = useState<RefreshSettings | null>(null);
  useEffect(() => {
    void call(desk().campaigns.refreshSettings()).then(setSettings, () => undefined);
  }, []);
  if (!settings) return null;
  const choices = CHOICES.includes(settings.seconds) ? CHOICES : [...CHOICES, settings.seconds].sort((a, b) => a - b);
  return (
    <label className="cm-interval muted" title="Campaigns still calling are read again this often, within the account’s request limit">
      Auto-refresh every{' '}
      <select
        className="input input-sm"
        value={settings.seconds}
        onChange={(e) =>
          void call(desk().campaigns.setRefreshSeconds({ seconds: Number(e.target.value) })).then(setSettings, () => undefined)
        }
      >
        {choices.map((s) => (
          <option key={s} value={s}>
            {label(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
