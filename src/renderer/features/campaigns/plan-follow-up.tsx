import { useEffect, useState } from 'react';
import type { FollowUpCounts } from '../../../shared/compose/draft';
import type { RetryOnStatus } from '../../../shared/exotel';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-notice';
import { call, desk, toApiError } from '../../lib/api';
import { countOf } from '../../lib/format';
import { useCompose } from '../compose/compose-store';

const OUTCOMES: { value: RetryOnStatus; label: string }[] = [
  { value: 'busy', label: 'Busy' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'failed', label: 'Failed' },
];

/** "Call again those not reached" over every day of a plan: one draft of the numbers whose last call, on any day, was not answered. */
export function PlanFollowUpButton({ planId, name }: { planId: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        Call again those not reached
      </Button>
      {open ? <PlanFollowUpDialog planId={planId} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PlanFollowUpDialog({ planId, name, onClose }: { planId: string; name: string; onClose: () => void }) {
  const [counts, setCounts] = useState<FollowUpCounts | null>(null);
  const [chosen, setChosen] = useState<RetryOnStatus[]>(['busy', 'no-answer']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(desk().plans.followUpCounts({ id: planId })).then(setCounts, (cause: unknown) => setError(toApiError(cause).message));
  }, [planId]);

  const total = counts ? chosen.reduce((sum, o) => sum + counts[o], 0) : 0;
  const toggle = (value: RetryOnStatus, on: boolean) => setChosen((c) => (on ? [...c, value] : c.filter((v) => v !== value)));
  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      const draft = await call(desk().plans.followUp({ id: planId, outcomes: chosen }));
      await useCompose.getState().open(draft.id);
      const opened = useCompose.getState();
      if (opened.draft?.id !== draft.id) throw new Error(opened.openError ?? 'The follow-up draft was saved but could not be opened.');
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Call again those not reached by “${name}”`}
      onClose={busy ? () => undefined : onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void go()} busy={busy} disabled={!counts || total === 0}>
            {`Start a draft for ${countOf(total, 'number')}`}
          </Button>
        </>
      }
    >
      <p>
        Numbers of every day of the plan whose last call ended this way go into one new draft, with the plan’s message and settings. Nothing
        is called until you launch it.
      </p>
      <fieldset className="follow-up-outcomes">
        <legend>Call again the numbers whose last call was</legend>
        {OUTCOMES.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} disabled={busy} />
            {o.label}
            <span className="muted num">{counts ? ` · ${countOf(counts[o.value], 'number')}` : ' · counting…'}</span>
          </label>
        ))}
      </fieldset>
      {counts && !counts.complete ? (
        <p className="muted">Not every call has been read from Exotel yet: sync the calls first to include them all.</p>
      ) : null}
      <FormError message={error} />
    </Dialog>
  );
}
