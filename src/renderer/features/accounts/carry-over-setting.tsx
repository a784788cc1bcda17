import { useEffect, useState } from 'react';
import { call, desk, toApiError } from '../../lib/api';
import { FormError } from '../../components/error-notice';

/**
 * "Carry over by itself": whether numbers a plan's day did not call go into a catch-up run on the next calling day
 * without asking. Beside the calling hours, since it decides when those numbers are called.
 */
export function CarryOverSetting({ accountId }: { accountId: string }) {
  const [auto, setAuto] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call(desk().plans.carryAuto({ accountId }))
      .then((r) => live && setAuto(r.auto))
      .catch((cause: unknown) => live && setError(toApiError(cause).message));
    return () => {
      live = false;
    };
  }, [accountId]);
  const change = async (next: boolean) => {
    setSaving(true);
    setError(null);
    try {
      setAuto((await call(desk().plans.carrySetAuto({ accountId, auto: next }))).auto);
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="carry-over-setting" style={{ marginTop: 12 }}>
      <label>
        <input type="checkbox" checked={auto ?? true} disabled={auto === null || saving} onChange={(e) => void change(e.target.checked)} />{' '}
        Carry over by itself
      </label>
      <p className="field-hint">
        When a day of a campaign planned over several days closes with numbers not called (or with retries still due), they go into a
        catch-up run on the next calling day, inside these hours. Off: the Campaigns screen asks first.
      </p>
      <FormError message={error} />
    </div>
  );
}
