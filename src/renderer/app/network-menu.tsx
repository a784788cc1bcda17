import { useEffect, useRef, useState } from 'react';
import { useActiveAccount } from '../features/accounts/accounts-store';
import { useNetwork } from './network-store';
import { PretendOfflineSwitch } from './pretend-offline-switch';

/** The status bar's online or offline state; on the Sandbox it opens a menu with "Pretend to be offline". */
export function NetworkMenu() {
  const online = useNetwork((s) => s.online);
  const pretending = useNetwork((s) => s.pretendOffline);
  const sandbox = useActiveAccount()?.kind === 'sandbox';
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const label = online ? 'Online' : pretending ? 'Offline (pretending): changes wait in the queue' : 'Offline: changes wait in the queue';
  const offerable = sandbox || pretending;

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  const state = (
    <>
      <span className="net-dot" aria-hidden="true" />
      {label}
    </>
  );
  if (!offerable) {
    return (
      <span className={online ? 'net net-on' : 'net net-off'} role="status">
        {state}
      </span>
    );
  }
  return (
    <div className="net-menu" ref={box}>
      <button
        type="button"
        className={`net net-button ${online ? 'net-on' : 'net-off'}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={`${label}. Try offline: Pretend to be offline`}
        onClick={() => setOpen(!open)}
        title="Try offline on the Sandbox"
      >
        <span className="net-state" role="status">
          {state}
        </span>
      </button>
      {open ? (
        <div className="net-popover" role="dialog" aria-label="Online state">
          <PretendOfflineSwitch />
        </div>
      ) : null}
    </div>
  );
}
