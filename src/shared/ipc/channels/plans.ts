import { z } from 'zod';
import { CallsExportMode, StatSnapshot } from '../../campaigns/schemas';
import { Draft, FollowUpCounts } from '../../compose/draft';
import { RetryOnStatus } from '../../exotel';
import { PlanAction, PlanActResult, PlanEdit, PlanEditResult } from '../../plans/actions';
import { PlanView } from '../../plans/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

/** Plans of daily runs: one campaign for the user, a campaign a calling day on Exotel. */
export const planChannels = {
  /** The active account's plans, newest first, each day with its outbox state and its campaign as last read. */
  'plans:list': { input: z.undefined(), output: z.array(PlanView) },
  'plans:get': { input: ById, output: PlanView },
  /** Pauses, resumes or completes the whole plan: each day's actions go to the outbox, with what was done to each day. */
  'plans:act': { input: z.strictObject({ id: z.string().min(1), action: PlanAction }), output: PlanActResult },
  /** The days' stat snapshots joined: at each moment, what every day had counted by then, added up. */
  'plans:progress': { input: ById, output: z.array(StatSnapshot) },
  /** Asks where to save, then writes every day's calls to one CSV with a `day` column; null when the user closed the dialog. */
  'plans:exportCalls': {
    input: z.strictObject({ id: z.string().min(1), mode: CallsExportMode }),
    output: z.object({ jobId: z.string().nullable() }),
  },
  /** How many numbers of the whole plan a follow-up could call again, by their last call's outcome on any day. */
  'plans:followUpCounts': { input: ById, output: FollowUpCounts },
  /** "Call again those not reached" over every day of the plan: one new draft. */
  'plans:followUp': {
    input: z.strictObject({ id: z.string().min(1), outcomes: z.array(RetryOnStatus).min(1) }),
    output: Draft,
  },
  /** Changes the message or rate of the plan's days not started yet, each as an edit of that day's campaign. */
  'plans:edit': { input: z.strictObject({ id: z.string().min(1), edit: PlanEdit }), output: PlanEditResult },
} as const;
