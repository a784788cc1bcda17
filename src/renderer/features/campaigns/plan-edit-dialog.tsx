import { useEffect, useState } from 'react';
import type { PlanEditResult } from '../../../shared/plans/actions';
import { dayPhase } from '../../../shared/plans/action-preview';
import type { PlanView } from '../../../shared/plans/schemas';
import { countOf } from '../../lib/format';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-notice';
import { call, desk, toApiError } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';

/** The days an edit would change: those on Exotel that have not reached their start. */
export function editableDays(plan: PlanView, now: Date = new Date()): PlanView['days'] {
  return plan.days.filter((d) => d.campaignId !== null && dayPhase(d, now) === 'not-started');
}

/** The message and rate of the days not started, changed together; each day's campaign is edited through the outbox. */
export function PlanEditDialog({ plan, onDone, onClose }: { plan: PlanView; onDone: (r: PlanEditResult) => void; onClose: () => void }) {
  const days = editableDays(plan);
  const first = days[0];
  const [message, setMessage] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [before, setBefore] = useState<{ message: string; rate: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!first?.campaignId) return;
    call(desk().campaigns.get({ id: first.campaignId })).then(
      ({ campaign }) => {
        const was = { message: campaign.readViaText ?? '', rate: campaign.throttle ? String(campaign.throttle) : '' };
        setBefore(was);
        setMessage(was.message);
        setRate(was.rate);
      },
      (cause: unknown) => setError(toApiError(cause).message),
    );
  }, [first?.campaignId]);

  const save = async () => {
    if (!before || message === null) return;
    setBusy(true);
    setError(null);
    try {
      const throttle = Number(rate);
      const edit = {
        ...(message.trim() !== before.message.trim() ? { readViaText: message } : {}),
        ...(rate !== before.rate ? { throttle } : {}),
      };
      if (edit.throttle !== undefined && !(Number.isInteger(throttle) && throttle >= 1))
        throw new Error('Calls a minute: give a whole number, 1 or more.');
      const result = await call(desk().plans.edit({ id: plan.id, edit }));
      for (const item of result.items) useOutbox.getState().remember(item);
      onDone(result);
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
      setBusy(false);
    }
  };

  const listed = days.map((d) => d.day).join(', ');
  return (
    <Dialog
      title={`Edit the days of “${plan.name}” not started`}
      onClose={busy ? () => undefined : onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!before || days.length === 0}>
            {`Save changes to ${countOf(days.length, 'day')}`}
          </Button>
        </>
      }
    >
      <p>
        {days.length === 0
          ? 'No day is waiting for its start: a started day keeps its message and rate.'
          : `Changes day${days.length > 1 ? 's' : ''} ${listed}. Days already calling or over keep theirs.`}
      </p>
      <label className="field">
        <span>Message</span>
        <textarea
          className="input"
          rows={4}
          value={message ?? ''}
          disabled={busy || message === null}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Calls a minute</span>
        <input
          className="input input-sm num"
          inputMode="numeric"
          value={rate}
          disabled={busy || !before}
          onChange={(e) => setRate(e.target.value)}
        />
      </label>
      <FormError message={error} />
    </Dialog>
  );
}
