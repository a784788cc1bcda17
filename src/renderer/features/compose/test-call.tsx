import { useState } from 'react';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { call, desk, toApiError } from '../../lib/api';
import { useCompose } from './compose-store';
import { useOutbox } from '../outbox/outbox-store';
import { FormError } from '../../components/error-notice';

const STATE_BADGE: Record<OutboxItemView['state'], string> = {
  queued: 'Queued',
  sending: 'Calling…',
  done: 'Placed',
  failed: 'Failed',
  'needs-confirmation': 'Needs your answer',
};

const STATE_TEXT: Record<OutboxItemView['state'], string> = {
  queued: 'Queued: it goes out as soon as the account is reachable.',
  sending: 'Placing the call…',
  done: 'Call placed.',
  failed: 'The test call failed.',
  'needs-confirmation': 'Waiting for your answer in Activity.',
};

/** "Call me first": the message for the contact on preview, rung to the user's own phone. */
export function TestCall({
  draftId,
  sandbox,
  initialNumber,
  disabled,
}: {
  draftId: string;
  sandbox: boolean;
  initialNumber: string;
  disabled: boolean;
}) {
  const [number, setNumber] = useState(initialNumber);
  const [itemId, setItemId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sample = useCompose((s) => s.sample);
  const flush = useCompose((s) => s.flush);
  const item = useOutbox((s) => s.items.find((i) => i.id === itemId) ?? null);

  const ring = async () => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      const queued = await call(desk().compose.testCall({ draftId, number: number.trim(), sampleIndex: sample?.index ?? 0 }));
      useOutbox.getState().remember(queued);
      setItemId(queued.id);
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="test-call">
      <form
        className="test-call-row"
        onSubmit={(event) => {
          event.preventDefault();
          void ring();
        }}
      >
        <div className="field grow">
          <label className="field-label" htmlFor="test-call-number">
            Call me first, on
          </label>
          <input
            id="test-call-number"
            className="input input-sm mono"
            type="tel"
            placeholder="+91 98765 43210"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </div>
        <Button size="sm" type="submit" busy={busy} disabled={disabled || !number.trim() || !sample}>
          {sandbox ? 'Simulate test call' : 'Call me first'}
        </Button>
      </form>
      <p className="field-hint">
        {sample ? `Plays the message for row ${sample.row}.` : 'Choose who is called first.'}
        {sandbox ? ' On the Sandbox no phone rings: the call is simulated.' : ''}
      </p>
      {item ? (
        <p className="test-call-state" role="status">
          <Badge
            tone={item.state === 'done' ? 'ok' : item.state === 'failed' ? 'bad' : item.state === 'needs-confirmation' ? 'warn' : 'info'}
          >
            {sandbox && item.state === 'done' ? 'Simulated' : STATE_BADGE[item.state]}
          </Badge>{' '}
          {item.message ?? STATE_TEXT[item.state]}
        </p>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
