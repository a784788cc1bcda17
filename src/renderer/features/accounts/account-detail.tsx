import { useState } from 'react';
import type { AccountView } from '../../../shared/accounts/schemas';
import { defaultTimeZone } from '../../../shared/compose/zoned-time';
import { EXOTEL_BOUNDS } from '../../../shared/exotel';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { SlowNotice } from '../../components/slow-notice';
import { toast } from '../../components/toast-store';
import { toApiError } from '../../lib/api';
import { countOf, formatDateTime } from '../../lib/format';
import { connectionLabel, connectionTone } from '../../lib/status';
import { AccountHours } from './account-hours';
import { regionLabel, useAccounts } from './accounts-store';
import { PretendOfflineSwitch } from '../../app/pretend-offline-switch';

export function AccountDetail({ account, onEdit }: { account: AccountView; onEdit: () => void }) {
  const activeId = useAccounts((s) => s.activeId);
  const activeName = useAccounts((s) => s.accounts.find((a) => a.id === s.activeId)?.name);
  const testing = useAccounts((s) => Boolean(s.testing[account.id]));
  const test = useAccounts((s) => s.test);
  const setActive = useAccounts((s) => s.setActive);
  const remove = useAccounts((s) => s.remove);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [testError, setTestError] = useState<string | null>(null);
  const isActive = account.id === activeId;
  const isSandbox = account.kind === 'sandbox';

  const runTest = async () => {
    setTestError(null);
    try {
      await test(account.id);
    } catch (cause) {
      setTestError(toApiError(cause).message);
    }
  };

  const makeActive = async () => {
    try {
      await setActive(account.id);
      toast('ok', `“${account.name}” is now the active account`, 'Jobs still running for the previous account are listed in Activity.');
    } catch (cause) {
      toast('bad', `Could not switch to “${account.name}”`, toApiError(cause).message);
    }
  };

  return (
    <section className="detail" aria-label={`Account ${account.name}`}>
      <header className="detail-head">
        <div>
          <h1>{account.name}</h1>
          <div className="row detail-badges">
            {isActive ? <Badge tone="accent">Active</Badge> : null}
            {isSandbox ? <Badge tone="sandbox">SANDBOX</Badge> : null}
            <span className="muted">{regionLabel(account)}</span>
          </div>
        </div>
        <div className="row">
          {!isActive ? (
            <Button variant="primary" onClick={() => void makeActive()}>
              Switch to it
            </Button>
          ) : null}
          <Button onClick={() => void runTest()} busy={testing}>
            Test connection
          </Button>
          {!isSandbox ? <Button onClick={onEdit}>Edit</Button> : null}
          {!isSandbox ? (
            <Button variant="danger" onClick={() => setConfirmRemove(true)}>
              Remove
            </Button>
          ) : null}
        </div>
      </header>

      {!isActive && activeName ? (
        <p className="muted">
          Not in use: <strong>{activeName}</strong> stays the active account (campaigns, sends and syncs use it) until you choose Switch to
          it.
        </p>
      ) : null}

      {isSandbox ? (
        <p className="banner banner-sandbox">
          This is the built-in simulator. It behaves like Exotel, with calls that progress and sometimes fail, but it never places a real
          call. Try any feature here before using a real account.
        </p>
      ) : null}
      {isSandbox ? (
        <section className="pretend-offline-section" aria-label="Try offline">
          <h2>Try offline</h2>
          <PretendOfflineSwitch />
        </section>
      ) : null}

      <div className="connection" role="status" aria-live="polite" aria-label="Connection test">
        {testing ? (
          <SlowNotice
            waiting="Testing the connection…"
            slow={`Exotel is slow to answer. The test waits ${EXOTEL_BOUNDS.interactiveMs / 1000} seconds at most, then says what it found.`}
          />
        ) : null}
        {!testing && testError ? <p className="form-error">{testError}</p> : null}
        {!testing && !testError && account.lastTest ? (
          <div className="connection-result">
            <Badge tone={connectionTone(account.lastTest.outcome)}>{connectionLabel(account.lastTest.outcome)}</Badge>
            <span>{account.lastTest.message}</span>
            <span className="muted">Tested {formatDateTime(account.lastTest.at)}</span>
          </div>
        ) : null}
        {!testing && !testError && !account.lastTest ? <span className="muted">Not tested yet.</span> : null}
      </div>

      <dl className="facts">
        <dt>Account SID</dt>
        <dd className="mono">{account.accountSid}</dd>
        <dt>API key</dt>
        <dd className="mono">{account.apiKey}</dd>
        <dt>API token</dt>
        <dd>
          {isSandbox
            ? 'Not needed: the simulator places no real calls'
            : account.hasToken
              ? 'Saved in the system keychain'
              : 'Not saved: edit the account to add it'}
        </dd>
        <dt>Region</dt>
        <dd>
          {regionLabel(account)} <span className="muted mono">{account.host}</span>
        </dd>
        <dt>Default country</dt>
        <dd>{account.defaultCountry}</dd>
        <dt>ExoPhones</dt>
        <dd>
          {account.callerIds.length ? (
            account.callerIds.map((id, i) => (
              <span key={id} className="mono exophone">
                {id}
                {i === 0 ? <span className="muted"> (default)</span> : null}
              </span>
            ))
          ) : (
            <span className="muted">None set: add them to launch campaigns</span>
          )}
        </dd>
        <dt>Account throttle</dt>
        <dd>{countOf(account.accountThrottle, 'call')} a minute</dd>
        <dt>Time zone</dt>
        <dd>
          {account.timeZone || (
            <>
              {defaultTimeZone(account.defaultCountry)} <span className="muted">(from the country)</span>
            </>
          )}
        </dd>
        <dt>Added</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
      </dl>

      <AccountHours account={account} />

      {confirmRemove ? (
        <ConfirmDialog
          title={`Remove “${account.name}”?`}
          confirmLabel={`Remove “${account.name}”`}
          onConfirm={() => remove(account.id)}
          onClose={() => setConfirmRemove(false)}
        >
          <p>
            Campaign Desk forgets this account and deletes its API token from the system keychain. Contact lists you imported stay on this
            computer. Nothing changes on Exotel.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
