import type { OutboxDecision, OutboxState } from '../../../shared/outbox/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { OutboxRecord } from '../../store/outbox-repo';
import { launchNowSchedule, rescheduled } from './launch-time';

/** The answers offered for each question the outbox asks. */
export const QUESTION_CHOICES: Record<'stale' | 'unknown', OutboxDecision[]> = {
  stale: ['launch-now', 'reschedule', 'discard'],
  unknown: ['mark-done', 'send-again', 'discard'],
};

export interface DecisionOutcome {
  state: OutboxState;
  message: string;
  choices: OutboxDecision[];
}

function createPayload(r: OutboxRecord) {
  if (r.item.kind !== 'campaign-create' && r.item.kind !== 'test-call')
    throw new AppError('validation', 'Only a launch has a start to move.');
  return r.item.payload;
}

/** What the user's answer does to the item; a launch's schedule is moved on `r.item` itself. */
export function applyDecision(r: OutboxRecord, decision: OutboxDecision, now: number, sendAt?: string): DecisionOutcome {
  const queuedAt = Date.parse(r.queuedAt);
  switch (decision) {
    case 'launch-now': {
      const payload = createPayload(r);
      payload.input = { ...payload.input, schedule: launchNowSchedule(payload.input, queuedAt, now) };
      return { state: 'queued', message: 'Launching now, as you chose.', choices: [] };
    }
    case 'reschedule': {
      if (!sendAt)
        throw new AppError('validation', 'Choose the new start time.', {
          issues: [{ path: ['sendAt'], message: 'Choose the new start time' }],
        });
      if (Date.parse(sendAt) <= now) {
        throw new AppError('validation', 'The new start has already passed; choose a time in the future.', {
          issues: [{ path: ['sendAt'], message: 'Choose a time in the future' }],
        });
      }
      const payload = createPayload(r);
      payload.input = { ...payload.input, schedule: rescheduled(payload.input, queuedAt, sendAt) };
      return { state: 'queued', message: `Rescheduled to start at ${sendAt}, as you chose.`, choices: [] };
    }
    case 'discard':
      return {
        state: 'failed',
        message:
          r.question === 'unknown'
            ? 'Left as it is on Exotel, as you chose; it will not be sent again.'
            : 'Discarded, as you chose; nothing was sent to Exotel.',
        choices: [],
      };
    case 'mark-done':
      return { state: 'done', message: 'Marked as done: you found it on Exotel.', choices: [] };
    case 'send-again':
      return { state: 'queued', message: 'Sending again, as you chose after checking Exotel.', choices: [] };
    case 'retry':
      return { state: 'queued', message: 'Queued again.', choices: [] };
  }
}

/** What the outbox knows when it cannot tell whether Exotel did the work, and what the user can check. */
export function unknownQuestion(r: OutboxRecord, failures: number, reason: string): string {
  const what =
    r.kind === 'campaign-action'
      ? 'the campaign’s status'
      : r.kind === 'campaign-update'
        ? 'the campaign’s settings'
        : `a campaign named “${r.key}”`;
  return (
    `Exotel’s answer was lost, and asking Exotel whether it has it failed ${failures} times; the last time: ${reason.replace(/ Try again shortly\.$/, '')} ` +
    `Look for ${what} on the Campaigns screen or in Exotel’s dashboard: if it is there, choose “It is on Exotel”; if not, “Send again”.`
  );
}
