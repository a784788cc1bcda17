import { useState } from 'react';
import type { PlanAction, PlanDayOutcome } from '../../../shared/plans/actions';
import { planActionPreview } from '../../../shared/plans/action-preview';
import type { PlanView } from '../../../shared/plans/schemas';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, desk } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';
import './campaign-actions.css';
import { editableDays, PlanEditDialog } from './plan-edit-dialog';

const WORDS: Record<PlanAction, { verb: string; after: string }> = {
  pause: { verb: 'Pause', after: 'Calls under way finish; nothing else is called until you resume the plan.' },
  resume: { verb: 'Resume', after: 'Each day calls again within its own hours; a day not started waits for its start.' },
  complete: {
    verb: 'Complete',
    after: 'Calls already made stay as they are. A completed plan cannot be resumed; to call the rest later, start a follow-up.',
  },
};

/** Pause, Resume and Complete on the whole plan: each says first what it will do to which days, then what each day got. */
export function PlanActions({ plan }: { plan: PlanView }) {
  const [confirming, setConfirming] = useState<PlanAction | null>(null);
  const [result, setResult] = useState<{ days: PlanDayOutcome[] } | null>(null);
  const [editing, setEditing] = useState(false);
  const now = new Date();
  const act = async (action: PlanAction) => {
    const done = await call(desk().plans.act({ id: plan.id, action }));
    for (const item of done.items) useOutbox.getState().remember(item);
    setResult(done);
  };
  const preview = confirming ? planActionPreview(plan, confirming, now) : null;
  return (
    <section className="cm-ops" aria-label="Plan actions">
      <div className="cm-ops-buttons" role="group" aria-label={`Act on the plan “${plan.name}”`}>
        {(['pause', 'resume', 'complete'] as const).map((action) => {
          const p = planActionPreview(plan, action, now);
          return (
            <Button
              key={action}
              size="sm"
              variant={action === 'complete' ? 'danger' : 'secondary'}
              title={p.text}
              disabled={p.none}
              onClick={() => {
                setResult(null);
                setConfirming(action);
              }}
            >
              {`${WORDS[action].verb} plan…`}
            </Button>
          );
        })}
        <Button
          size="sm"
          disabled={editableDays(plan, now).length === 0}
          title={
            editableDays(plan, now).length === 0
              ? 'No day is waiting for its start: a started day keeps its message and rate.'
              : 'Change the message or rate of the days not started yet'
          }
          onClick={() => {
            setResult(null);
            setEditing(true);
          }}
        >
          Edit days not started…
        </Button>
      </div>
      {result ? (
        <div className="cm-ops-state" role="status" aria-label="What the plan action did">
          <ul className="plan-act-result">
            {result.days.map((d) => (
              <li key={d.day}>
                <strong>Day {d.day}:</strong> {d.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editing ? <PlanEditDialog plan={plan} onDone={setResult} onClose={() => setEditing(false)} /> : null}
      {confirming && preview ? (
        <ConfirmDialog
          title={`${WORDS[confirming].verb} “${plan.name}”, all its days?`}
          confirmLabel={`${WORDS[confirming].verb} “${plan.name}”`}
          tone={confirming === 'complete' ? 'danger' : 'primary'}
          onConfirm={() => act(confirming)}
          onClose={() => setConfirming(null)}
        >
          <p>{preview.text}</p>
          <p>{WORDS[confirming].after}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
