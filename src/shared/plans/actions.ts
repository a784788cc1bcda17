import { z } from 'zod';
import { CampaignActionKind, OutboxItemView } from '../outbox/schemas';

/** What the user can ask of a whole plan. */
export const PlanAction = z.enum(['pause', 'resume', 'complete']);
export type PlanAction = z.infer<typeof PlanAction>;

/**
 * What a plan action did to one day: `queued` when actions went to the outbox, `unchanged` when the day's state
 * needs none (or allows none), `waiting` when the day's campaign is not on Exotel yet.
 */
export const PlanDayOutcome = z.object({
  day: z.number().int().min(1),
  outcome: z.enum(['queued', 'unchanged', 'waiting']),
  /** The actions queued for the day, in the order they go (a calling day is paused, then completed). */
  actions: z.array(CampaignActionKind),
  message: z.string(),
});
export type PlanDayOutcome = z.infer<typeof PlanDayOutcome>;

export const PlanActResult = z.object({
  planId: z.string(),
  action: PlanAction,
  days: z.array(PlanDayOutcome),
  /** The outbox items queued, so the window shows them at once. */
  items: z.array(OutboxItemView),
});
export type PlanActResult = z.infer<typeof PlanActResult>;

/** New values for the days not started yet: the spoken message, the calls a minute, or both. */
export const PlanEdit = z.strictObject({
  readViaText: z.string().trim().min(1, 'The message cannot be empty').max(4000).optional(),
  throttle: z.number().int().min(1, 'The rate is at least 1 call a minute').optional(),
});
export type PlanEdit = z.infer<typeof PlanEdit>;

export const PlanEditResult = z.object({
  planId: z.string(),
  days: z.array(PlanDayOutcome),
  items: z.array(OutboxItemView),
});
export type PlanEditResult = z.infer<typeof PlanEditResult>;
