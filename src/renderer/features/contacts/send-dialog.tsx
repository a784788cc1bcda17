import { useState } from 'react';
import { EXOTEL_LIMITS } from '../../../shared/exotel/limits';
import { MAX_DYNAMIC_VARIABLES, type ContactListView } from '../../../shared/contacts/schemas';
import { useJobs } from '../../app/jobs-store';
import { useNetwork } from '../../app/network-store';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ProgressBar } from '../../components/progress-bar';
import { call, desk, toApiError } from '../../lib/api';
import { formatCount, countOf } from '../../lib/format';
import { regionLabel, useActiveAccount } from '../accounts/accounts-store';
import { sendAgainText, sendOutcome } from './send-result';
import { FormError } from '../../components/error-notice';

type ListType = 'static' | 'dynamic';

export function SendDialog({ list, onClose: close }: { list: ContactListView; onClose: () => void }) {
  const account = useActiveAccount();
  const online = useNetwork((s) => s.online);
  const tooManyVariables = list.variables.length > MAX_DYNAMIC_VARIABLES;
  const [type, setType] = useState<ListType>(list.variables.length && !tooManyVariables ? 'dynamic' : 'static');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const progress = useJobs((s) => (jobId ? s.running[jobId] : undefined));
  const finished = useJobs((s) => (jobId ? s.finished[jobId] : undefined));
  const cancelling = useJobs((s) => (jobId ? Boolean(s.cancelling[jobId]) : false));
  const cancel = useJobs((s) => s.cancel);
  const track = useJobs((s) => s.track);
  // One static and one dynamic Exotel list per local list and account: what the dialog says depends on the kind.
  const links = account ? list.exotel.filter((l) => l.accountId === account.id) : [];
  const title = `Sending “${list.name}” to Exotel`;
  const speakUp = useJobs((s) => s.speakUp);
  const onClose = () => {
    // Hidden while it still runs: nobody will see the dialog's result, so the ending comes as a notice.
    if (jobId && !finished) speakUp(jobId);
    close();
  };

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      const started = await call(desk().contacts.send({ id: list.id, type }));
      // The dialog shows the result; a notice as well would say it twice.
      track(started.jobId, title, 'upload', { quiet: true });
      setJobId(started.jobId);
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setStarting(false);
    }
  };

  if (finished) {
    const outcome = sendOutcome(finished.kind === 'upload' ? finished.result : undefined);
    const tone = finished.outcome === 'done' ? 'ok' : finished.outcome === 'cancelled' ? 'warn' : 'bad';
    return (
      <Dialog
        title={finished.outcome === 'done' ? 'Sent to Exotel' : finished.outcome === 'cancelled' ? 'Sending cancelled' : 'Sending failed'}
        onClose={onClose}
        footer={
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        }
      >
        <div className="stack" role="status">
          <p className={`text-${tone}`}>{finished.message}</p>
          {outcome ? (
            <dl className="result-grid num">
              <div>
                <dt>{outcome.topUp ? 'Added' : 'Accepted'}</dt>
                <dd className="text-ok">{formatCount(outcome.accepted)}</dd>
              </div>
              <div>
                <dt>{outcome.topUp ? 'Already in the list' : 'Duplicates'}</dt>
                <dd className="text-warn">{formatCount(outcome.duplicates)}</dd>
              </div>
              <div>
                <dt>Failed</dt>
                <dd className="text-bad">{formatCount(outcome.failed)}</dd>
              </div>
            </dl>
          ) : null}
          {outcome?.sid ? (
            <p className="muted send-list-id">
              Exotel’s ID for this list, if you pick it by ID in a campaign: <span className="mono">{outcome.sid}</span>
            </p>
          ) : null}
        </div>
      </Dialog>
    );
  }

  if (jobId) {
    return (
      <Dialog title={title} onClose={onClose} footer={<Button onClick={onClose}>Hide (keeps sending)</Button>}>
        <ProgressBar
          showTitle={false}
          title={title}
          done={progress?.done ?? 0}
          total={progress?.total ?? null}
          message={progress ? progress.message || progress.phase : 'Starting…'}
          unit="numbers"
          onCancel={() => void cancel(jobId)}
          cancelling={cancelling}
        />
      </Dialog>
    );
  }

  const blocked = sendBlocker(list, type, Boolean(account), online);
  const again = sendAgainText(type, links);

  return (
    <Dialog
      title={`Send “${list.name}” to Exotel`}
      onClose={onClose}
      width={540}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={() => void start()} busy={starting} disabled={blocked !== null}>
            Send {countOf(list.counts.valid, 'number')}
          </Button>
        </>
      }
    >
      <div className="stack">
        {account ? (
          <p>
            To <strong>{account.name}</strong> ({regionLabel(account)}){' '}
            {account.kind === 'sandbox' ? <Badge tone="sandbox">SANDBOX</Badge> : null}
          </p>
        ) : null}
        <fieldset className="field fieldset">
          <legend className="field-label">List type</legend>
          <label className="radio-card">
            <input type="radio" name="list-type" value="static" checked={type === 'static'} onChange={() => setType('static')} />
            <span>
              <strong>Static list</strong>
              <span className="muted">Numbers only. Exotel creates the contacts in batches of 5,000, then a list of them.</span>
            </span>
          </label>
          <label className="radio-card">
            <input
              type="radio"
              name="list-type"
              value="dynamic"
              checked={type === 'dynamic'}
              disabled={tooManyVariables}
              onChange={() => setType('dynamic')}
            />
            <span>
              <strong>Dynamic list</strong>
              <span className="muted">
                {tooManyVariables
                  ? `This list has ${list.variables.length} variables; Exotel's dynamic lists take at most ${MAX_DYNAMIC_VARIABLES}. Import again with fewer.`
                  : `Number plus ${list.variables.length ? list.variables.map((v) => v.name).join(', ') : 'no variables'}, uploaded as one sheet so messages can use @@variables.`}
              </span>
            </span>
          </label>
        </fieldset>
        <p>{whatGoes(list.counts.valid, list.counts.invalid + list.counts.duplicate)}</p>
        {again ? (
          <p className="banner banner-info" data-testid="send-again">
            {again}
          </p>
        ) : null}
        {blocked ? <p className="banner banner-warn">{blocked}</p> : null}
        <FormError message={error} />
      </div>
    </Dialog>
  );
}

function sendBlocker(list: ContactListView, type: ListType, hasAccount: boolean, online: boolean): string | null {
  if (!hasAccount) return 'Choose an active account first (Accounts).';
  if (!online) return 'You are offline: sending needs a connection. The list stays here; send it when you are back online.';
  if (list.counts.valid === 0) return 'This list has no valid numbers to send.';
  const valid = list.counts.valid;
  if (type === 'static' && valid > EXOTEL_LIMITS.maxStaticListContacts) {
    return `Exotel's static lists hold at most ${formatCount(EXOTEL_LIMITS.maxStaticListContacts)} contacts and this list has ${formatCount(valid)} valid numbers: send it as a dynamic list, or split the sheet.`;
  }
  if (type === 'dynamic' && valid > EXOTEL_LIMITS.maxDynamicListRows) {
    return `Exotel's dynamic lists hold at most ${formatCount(EXOTEL_LIMITS.maxDynamicListRows)} rows and this list has ${formatCount(valid)} valid numbers: split the sheet.`;
  }
  return null;
}

function whatGoes(valid: number, left: number): string {
  const go = valid === 1 ? 'goes' : 'go';
  if (left === 0)
    return valid === 1 ? 'Its one number is valid and goes to Exotel.' : `All ${countOf(valid, 'number')} are valid and go to Exotel.`;
  return `Only the ${countOf(valid, 'valid number')} ${go} to Exotel; ${countOf(left, 'invalid or duplicate row')} ${left === 1 ? 'stays' : 'stay'} here.`;
}
