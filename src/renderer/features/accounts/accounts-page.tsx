import { useState } from 'react';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { AccountDetail } from './account-detail';
import { AccountForm } from './account-form';
import { AccountList } from './account-list';
import { useAccounts } from './accounts-store';
import { KeychainBanner } from './keychain-banner';
import { ErrorBanner } from '../../components/error-notice';

export function AccountsPage() {
  const accounts = useAccounts((s) => s.accounts);
  const selectedId = useAccounts((s) => s.selectedId);
  const loadError = useAccounts((s) => s.loadError);
  const select = useAccounts((s) => s.select);
  const [editingId, setEditingId] = useState<string | null>(null);
  const selected = accounts.find((a) => a.id === selectedId);

  let detail;
  if (selectedId === 'new') {
    detail = <AccountForm key="new" onDone={(saved) => select(saved ? saved.id : null)} />;
  } else if (selected && editingId === selected.id) {
    detail = <AccountForm key={selected.id} account={selected} onDone={() => setEditingId(null)} />;
  } else if (selected) {
    detail = <AccountDetail account={selected} onEdit={() => setEditingId(selected.id)} />;
  } else {
    detail = (
      <EmptyState
        title={accounts.length ? 'Pick an account' : 'No accounts yet'}
        actions={
          <Button variant="primary" onClick={() => select('new')}>
            Add account
          </Button>
        }
      >
        <p>
          Add your Exotel account with its Account SID, API key and token. Until then the Sandbox lets you try everything without placing a
          call.
        </p>
      </EmptyState>
    );
  }

  return (
    <div className="page split">
      <AccountList />
      <div className="pane">
        <KeychainBanner />
        <ErrorBanner message={loadError} lead="Could not load accounts:" />
        {detail}
      </div>
    </div>
  );
}
