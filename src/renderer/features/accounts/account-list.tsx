import { useState } from 'react';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { toast } from '../../components/toast-store';
import { toApiError } from '../../lib/api';
import { SearchBox } from '../../components/search-box';
import { regionLabel, useAccounts } from './accounts-store';

export function AccountList() {
  const accounts = useAccounts((s) => s.accounts);
  const activeId = useAccounts((s) => s.activeId);
  const selectedId = useAccounts((s) => s.selectedId);
  const select = useAccounts((s) => s.select);
  const setActive = useAccounts((s) => s.setActive);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = needle ? accounts.filter((a) => `${a.name} ${a.accountSid} ${a.host}`.toLowerCase().includes(needle)) : accounts;

  const switchTo = async (id: string, name: string) => {
    try {
      await setActive(id);
      toast('ok', `“${name}” is now the active account`, 'Jobs still running for the previous account are listed in Activity.');
    } catch (cause) {
      toast('bad', `Could not switch to “${name}”`, toApiError(cause).message);
    }
  };

  return (
    <div className="master">
      <div className="master-head">
        <h1>Accounts</h1>
        <Button variant="primary" size="sm" onClick={() => select('new')}>
          Add account
        </Button>
      </div>
      <SearchBox label="Search accounts" value={query} onChange={setQuery} />
      <ul className="master-list" aria-label="Exotel accounts">
        {shown.map((account) => {
          const active = account.id === activeId;
          return (
            <li key={account.id} className={account.id === selectedId ? 'master-item is-selected' : 'master-item'}>
              <button
                type="button"
                className="master-item-main"
                aria-current={account.id === selectedId ? 'true' : undefined}
                onClick={() => select(account.id)}
              >
                <span className="master-item-title">{account.name}</span>
                <span className="master-item-sub">
                  {regionLabel(account)}
                  {account.kind === 'sandbox' ? <Badge tone="sandbox">SANDBOX</Badge> : null}
                </span>
              </button>
              {active ? (
                <Badge tone="accent">Active</Badge>
              ) : (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Use ${account.name}`}
                  title={`Make “${account.name}” the active account`}
                  onClick={() => void switchTo(account.id, account.name)}
                >
                  Use
                </Button>
              )}
            </li>
          );
        })}
        {shown.length === 0 && accounts.length > 0 ? <li className="master-none muted">No account matches “{query}”.</li> : null}
      </ul>
    </div>
  );
}
