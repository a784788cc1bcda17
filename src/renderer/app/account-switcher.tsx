import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Badge } from '../components/badge';
import { toast } from '../components/toast-store';
import { toApiError } from '../lib/api';
import { regionLabel, useAccounts, useActiveAccount } from '../features/accounts/accounts-store';
import { useNav } from './nav-store';

/** The active account, always in sight at the top of the rail; switching is one pick from its menu. */
export function AccountSwitcher() {
  const active = useActiveAccount();
  const accounts = useAccounts((s) => s.accounts);
  const setActive = useAccounts((s) => s.setActive);
  const go = useNav((s) => s.go);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[aria-checked="true"], [role^="menuitem"]')?.focus();
    const outside = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const pick = async (id: string) => {
    setOpen(false);
    if (id === active?.id) return;
    try {
      await setActive(id);
    } catch (cause) {
      toast('bad', 'Could not switch accounts', toApiError(cause).message);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLElement>('.switcher-button')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
      items[next]?.focus();
    }
  };

  return (
    <div className="switcher" ref={root}>
      <button
        type="button"
        className="switcher-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={
          active
            ? `Active account: ${active.name}, ${regionLabel(active)}${active.kind === 'sandbox' ? ', sandbox' : ''}. Switch account`
            : 'Active account: none, add one in Accounts. Choose an account'
        }
        onClick={() => setOpen((o) => !o)}
      >
        {/* The spaces keep the visible words apart for speech input, which must find them in the name above. */}
        <span className="switcher-label">Active account</span> <span className="switcher-name">{active?.name ?? 'none'}</span>{' '}
        <span className="switcher-sub">
          {active ? regionLabel(active) : 'Add one in Accounts'} {active?.kind === 'sandbox' ? <Badge tone="sandbox">SANDBOX</Badge> : null}
        </span>
        <span className="switcher-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div className="switcher-menu" role="menu" aria-label="Switch account" ref={menu} onKeyDown={onMenuKey}>
          {accounts.map((account) => (
            <button
              key={account.id}
              type="button"
              role="menuitemradio"
              aria-checked={account.id === active?.id}
              className="switcher-item"
              onClick={() => void pick(account.id)}
            >
              <span className="switcher-check" aria-hidden="true">
                {account.id === active?.id ? '✓' : ''}
              </span>
              <span className="switcher-item-text">
                <span>{account.name}</span>
                <span className="muted">{regionLabel(account)}</span>
              </span>
              {account.kind === 'sandbox' ? <Badge tone="sandbox">SANDBOX</Badge> : null}
            </button>
          ))}
          <div className="switcher-sep" role="separator" />
          <button
            type="button"
            role="menuitem"
            className="switcher-item"
            onClick={() => {
              setOpen(false);
              go('accounts');
            }}
          >
            <span className="switcher-check" aria-hidden="true" />
            Manage accounts…
          </button>
        </div>
      ) : null}
    </div>
  );
}
