import { useState } from 'react';
import { toast } from '../components/toast-store';
import { toApiError } from '../lib/api';
import { useNetwork } from './network-store';

/**
 * The Sandbox's "Pretend to be offline": the app goes offline as it does when the network drops (launches and
 * actions wait in the queue, screens show what was last read), and switching it off sends what waited.
 */
export function PretendOfflineSwitch({ describe = true }: { describe?: boolean }) {
  const on = useNetwork((s) => s.pretendOffline);
  const set = useNetwork((s) => s.setPretendOffline);
  const [busy, setBusy] = useState(false);

  const flip = async (next: boolean) => {
    setBusy(true);
    try {
      await set(next);
    } catch (cause) {
      toast('bad', 'Could not switch “Pretend to be offline”', toApiError(cause).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pretend-offline">
      <label className="pretend-offline-label">
        <input type="checkbox" role="switch" checked={on} disabled={busy} onChange={(e) => void flip(e.target.checked)} />
        <span>Pretend to be offline</span>
      </label>
      {describe ? (
        <p className="muted pretend-offline-help">
          {on
            ? 'The app is offline now, as without a network: launches and actions wait in the queue and screens show what was last read. Switch it off to send what waited.'
            : 'See what the app does without a network, without pulling the cable: launches and actions wait in the queue, and go out when you switch this off.'}
        </p>
      ) : null}
    </div>
  );
}
