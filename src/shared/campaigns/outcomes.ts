import type { CallStatus, CampaignStats } from '../exotel';

export type OutcomeKey = 'completed' | 'failed' | 'dnd' | 'invalid' | 'retry' | 'calling' | 'pending';

export interface OutcomeGroup {
  key: OutcomeKey;
  label: string;
  /** What the group means, for a tooltip or a screen reader. */
  hint: string;
  /** The stats fields it adds up; every field belongs to exactly one group, so the groups add up to the total. */
  fields: readonly (keyof CampaignStats)[];
  /** The call-detail outcomes behind it, when there are any to show. */
  calls: readonly CallStatus[];
}

/** How a campaign's numbers are shown: in the app's one order and meaning (answered green, failed red, busy amber...). */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = [
  { key: 'completed', label: 'Answered', hint: 'The call was answered.', fields: ['completed'], calls: ['completed'] },
  {
    key: 'failed',
    label: 'Failed',
    hint: 'Every attempt failed, or the campaign ended before a call.',
    fields: ['failed', 'failedNoAttempt'],
    calls: ['failed'],
  },
  { key: 'dnd', label: 'DND', hint: 'On the do-not-disturb registry: Exotel did not call.', fields: ['failedDnd'], calls: [] },
  { key: 'invalid', label: 'Invalid', hint: 'Not a number Exotel can call.', fields: ['invalid'], calls: [] },
  {
    key: 'retry',
    label: 'Retry due',
    hint: 'Busy or not answered on its last call, and waiting for its retry.',
    fields: ['retry', 'retrying'],
    calls: ['busy', 'no-answer'],
  },
  { key: 'calling', label: 'On a call', hint: 'Being called right now.', fields: ['inProgress'], calls: [] },
  { key: 'pending', label: 'Pending', hint: 'Not called yet (or paused).', fields: ['created', 'pending', 'paused'], calls: [] },
];

export interface OutcomeCount {
  group: OutcomeGroup;
  count: number;
}

export function outcomeCounts(stats: CampaignStats): OutcomeCount[] {
  return OUTCOME_GROUPS.map((group) => ({ group, count: group.fields.reduce((sum, f) => sum + stats[f], 0) }));
}

/** Numbers still to be called, now or on a retry. */
export function statsRemaining(stats: CampaignStats): number {
  return stats.created + stats.pending + stats.paused + stats.retry + stats.retrying + stats.inProgress;
}
