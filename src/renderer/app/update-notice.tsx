import { useEffect, useState } from 'react';
import type { UpdateState } from '../../shared/ipc/channels/desktop';
import { toast } from '../components/toast-store';
import { call, desk, onEvent, toApiError } from '../lib/api';

/** "Restart to update" in the status bar, once an update has been downloaded; nothing otherwise. */
export function UpdateNotice() {
  const [state, setState] = useState<UpdateState | null>(null);
  const [restarting, setRestarting] = useState(false);

  useEffect(() => {
    let live = true;
    // Where updating is off (development, the browser preview) the answer is 'off' or missing: stay hidden.
    call(desk().desktop.updateState()).then(
      (current) => live && setState(current),
      () => undefined,
    );
    const off = onEvent('update:changed', setState);
    return () => {
      live = false;
      off();
    };
  }, []);

  if (state?.status !== 'ready') return null;

  const restart = async () => {
    setRestarting(true);
    try {
      const { restarting: started } = await call(desk().desktop.restartToUpdate());
      if (!started) {
        setRestarting(false);
        toast('warn', 'The update is not ready yet', 'Campaign Desk will offer the restart again when it is.');
      }
    } catch (cause) {
      setRestarting(false);
      toast('bad', 'Could not restart to update', toApiError(cause).message);
    }
  };

  return (
    <button type="button" className="statusbar-link statusbar-update" onClick={() => void restart()} disabled={restarting}>
      {restarting ? 'Restarting…' : `Restart to update${state.version ? ` to ${state.version}` : ''}`}
    </button>
  );
}
