import { z } from 'zod';

/** Every write to Exotel is one of these. */
export const OutboxKind = z.enum(['campaign-create', 'test-call', 'list-send', 'campaign-action', 'campaign-update']);
export type OutboxKind = z.infer<typeof OutboxKind>;

export const OutboxState = z.enum(['queued', 'sending', 'done', 'failed', 'needs-confirmation']);
export type OutboxState = z.infer<typeof OutboxState>;

export const CampaignActionKind = z.enum(['pause', 'resume', 'complete', 'archive', 'delete']);
export type CampaignActionKind = z.infer<typeof CampaignActionKind>;

/** What the user may answer an item that waits for them. */
export const OutboxDecision = z.enum([
  /** A launch that waited past its start: send it now with the start moved to now. */
  'launch-now',
  /** Send it with a new start (`sendAt`, RFC 3339); the end moves by as much. */
  'reschedule',
  /** Drop it; nothing is sent. */
  'discard',
  /** The user checked Exotel and the work is there: mark it done without sending. */
  'mark-done',
  /** The user checked Exotel and the work is not there: send it (once). */
  'send-again',
  /** A failed item: queue it again. */
  'retry',
]);
export type OutboxDecision = z.infer<typeof OutboxDecision>;

export const OutboxHistoryEntry = z.object({ at: z.string(), state: OutboxState, message: z.string() });
export type OutboxHistoryEntry = z.infer<typeof OutboxHistoryEntry>;

/** How far a long send has come (a list's upload as Exotel takes its rows); only while it is being sent. */
export const OutboxProgress = z.object({
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  /** In the user's words: "Exotel has taken 42,000 of 1,00,000 rows". */
  message: z.string().nullable(),
});
export type OutboxProgress = z.infer<typeof OutboxProgress>;

export const OutboxItemView = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: OutboxKind,
  state: OutboxState,
  /** In plain words: "Launch “Dues December” (1,204 numbers)", "Pause “Diwali offers”". */
  title: z.string(),
  /** The immutable reconciliation key: the campaign or list name Exotel will know it by. */
  key: z.string(),
  /** An item this one waits for (a create waits for its list's send). */
  dependsOn: z.string().nullable(),
  draftId: z.string().nullable(),
  /** Exotel's campaign id once known (a done create, or the campaign an action is for). */
  campaignId: z.string().nullable(),
  action: CampaignActionKind.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number(),
  /** For failed and needs-confirmation: what happened and what to do, in plain words. */
  message: z.string().nullable(),
  /** The answers offered when the item waits for the user. */
  choices: z.array(OutboxDecision),
  history: z.array(OutboxHistoryEntry),
  progress: OutboxProgress.optional(),
});
export type OutboxItemView = z.infer<typeof OutboxItemView>;
