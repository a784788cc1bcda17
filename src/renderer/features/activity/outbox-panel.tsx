import { useState } from 'react';
import type { OutboxDecision, OutboxItemView } from '../../../shared/outbox/schemas';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { toApiError } from '../../lib/api';
import { formatDateTime, localTimeZone, zoneName } from '../../lib/format';
import { isPending } from '../../../shared/outbox/states';
import { useOutbox } from '../outbox/outbox-store';
import { confirmationFor, DECISION_LABEL, KIND_LABEL, localToRfc3339, outboxOrder, STATE_LOOK } from './outbox-words';
import { ErrorBanner, FormError } from '../../components/error-notice';

const FINISHED_SHOWN = 5;

function Reschedule({ item, onDone }: { item: OutboxItemView; onDone: () => void }) {
  const decide = useOutbox((s) => s.decide);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `reschedule-${item.id}`;
  const save = async () => {
    const sendAt = localToRfc3339(value);
    if (!sendAt) return setError('Choose the day and time of the new start.');
    setBusy(true);
    try {
      await decide(item.id, 'reschedule', sendAt);
      onDone();
    } catch (cause) {
      setError(toApiError(cause).message);
      setBusy(false);
    }
  };
  return (
    <div className="outbox-reschedule">
      <label htmlFor={id}>New start ({zoneName(new Date(), localTimeZone())})</label>
      <input
        id={id}
        className="input input-sm"
        type="datetime-local"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <Button size="sm" variant="primary" busy={busy} onClick={() => void save()}>
        Set new start
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone} disabled={busy}>
        Cancel
      </Button>
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function OutboxRow({ item }: { item: OutboxItemView }) {
  const decide = useOutbox((s) => s.decide);
  const [asking, setAsking] = useState<OutboxDecision | null>(null);
  const [rescheduling, setRescheduling] = useState(false);
  const [busy, setBusy] = useState<OutboxDecision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const look = STATE_LOOK[item.state];
  const confirm = asking ? confirmationFor(item, asking) : null;

  const answer = async (decision: OutboxDecision) => {
    if (decision === 'reschedule') return setRescheduling(true);
    if (confirmationFor(item, decision)) return setAsking(decision);
    setBusy(decision);
    setError(null);
    try {
      await decide(item.id, decision);
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className={`outbox-item outbox-${item.state}`} aria-label={`${item.title}: ${look.label}`}>
      <div className="outbox-head">
        <Badge tone={look.tone}>{look.label}</Badge>
        <span className="outbox-title">{item.title}</span>
        <span className="muted outbox-kind">{KIND_LABEL[item.kind]}</span>
        <span className="spacer" />
        <span className="muted num nowrap">{formatDateTime(item.updatedAt)}</span>
      </div>
      {item.message ? <p className="outbox-message">{item.message}</p> : null}
      {item.choices.length > 0 && !rescheduling ? (
        <div className="outbox-actions">
          {item.choices.map((choice) => (
            <Button
              key={choice}
              size="sm"
              variant={choice === 'launch-now' || choice === 'retry' ? 'primary' : 'secondary'}
              busy={busy === choice}
              onClick={() => void answer(choice)}
            >
              {DECISION_LABEL[choice]}
            </Button>
          ))}
        </div>
      ) : null}
      {rescheduling ? <Reschedule item={item} onDone={() => setRescheduling(false)} /> : null}
      <FormError message={error} />
      <details className="outbox-history">
        <summary>History ({item.history.length})</summary>
        <ol>
          {item.history.map((h, i) => (
            <li key={i}>
              <span className="num nowrap muted">{formatDateTime(h.at)}</span> <strong>{STATE_LOOK[h.state].label}</strong> {h.message}
            </li>
          ))}
        </ol>
      </details>
      {confirm && asking ? (
        <ConfirmDialog
          title={confirm.title}
          confirmLabel={confirm.label}
          tone={asking === 'discard' ? 'danger' : 'primary'}
          onConfirm={() => decide(item.id, asking)}
          onClose={() => setAsking(null)}
        >
          <p>{confirm.body}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** The outbox on the Activity screen: what waits to go to Exotel, what needs an answer, and what went. */
export function OutboxPanel() {
  const items = useOutbox((s) => s.items);
  const loaded = useOutbox((s) => s.loaded);
  const error = useOutbox((s) => s.error);
  const [showAll, setShowAll] = useState(false);
  const ordered = outboxOrder(items);
  const pending = ordered.filter(isPending);
  const finished = ordered.filter((i) => !isPending(i));
  const shownFinished = showAll ? finished : finished.slice(0, FINISHED_SHOWN);

  return (
    <section className="outbox" aria-labelledby="outbox-heading">
      <div className="outbox-intro">
        <h2 id="outbox-heading">Outbox</h2>
        <p className="muted">
          Every launch, test call, list send and campaign action waits here until Exotel has it, offline too. When an answer from Exotel is
          lost, Campaign Desk looks on Exotel before sending anything again.
        </p>
      </div>
      <ErrorBanner message={error} lead="Could not load the outbox:" />
      {loaded && items.length === 0 && !error ? <p className="muted">Nothing is waiting to go to Exotel.</p> : null}
      {pending.length > 0 || shownFinished.length > 0 ? (
        <ul className="outbox-list">
          {pending.map((item) => (
            <OutboxRow key={item.id} item={item} />
          ))}
          {shownFinished.map((item) => (
            <OutboxRow key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      {finished.length > FINISHED_SHOWN ? (
        <Button size="sm" variant="ghost" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show ${finished.length - FINISHED_SHOWN} more finished`}
        </Button>
      ) : null}
    </section>
  );
}
