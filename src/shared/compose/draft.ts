import { z } from 'zod';
import { RetryMechanism } from '../exotel/campaign';
import { RetryOnStatus } from '../exotel/call-status';

/**
 * A campaign as the composer holds it while the user writes it: every field of Exotel's create, in the
 * words of the form rather than of the wire. Loose on purpose (a draft may be half written); the checks
 * before launch (launch-checks.ts) say what is missing, field by field.
 */

/** Who is called. */
export const Audience = z.discriminatedUnion('kind', [
  /** A contact list saved on this computer; sent to Exotel on the way when it is not there yet. */
  z.object({ kind: z.literal('list'), listId: z.string() }),
  /** Lists already on Exotel: up to 5 static ones, or exactly one dynamic one. */
  z.object({ kind: z.literal('exotel-lists'), type: z.enum(['static', 'dynamic']), sids: z.array(z.string()).max(5) }),
  /** Numbers typed or pasted, one per line (or separated by commas). */
  z.object({ kind: z.literal('numbers'), text: z.string().max(200_000) }),
]);
export type Audience = z.infer<typeof Audience>;

/** What the called person hears. */
export const Content = z.discriminatedUnion('kind', [
  /** An app (flow) in the user's Exotel account. */
  z.object({ kind: z.literal('flow'), url: z.string().max(2000) }),
  /** A spoken message with optional @@Variable references, as a greeting or as an IVR menu. */
  z.object({
    kind: z.literal('text'),
    text: z.string().max(5000),
    flowType: z.enum(['greeting', 'ivr']),
    repeatMenuAttempts: z.number().int().min(0).max(10),
  }),
]);
export type Content = z.infer<typeof Content>;

export const RetrySettings = z.object({
  count: z.number().int().min(0).max(3),
  intervalMins: z.number().int().min(1).max(10_080),
  mechanism: RetryMechanism,
  onStatus: z.array(RetryOnStatus),
});
export type RetrySettings = z.infer<typeof RetrySettings>;

/**
 * When it runs. Times are wall-clock times in `timeZone` ("2026-12-01T10:00"), as the user typed them;
 * they become RFC 3339 with that zone's offset only when the campaign is built.
 */
export const ScheduleSettings = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now'), endAt: z.string().max(16), timeZone: z.string().max(64) }),
  z.object({ kind: z.literal('later'), sendAt: z.string().max(16), endAt: z.string().max(16), timeZone: z.string().max(64) }),
]);
export type ScheduleSettings = z.infer<typeof ScheduleSettings>;

/**
 * One campaign's calling hours when it narrows the account's ("10:00–19:00, not Sunday"); loose like the
 * rest of a draft, checked before launch by calling-hours.ts.
 */
export const DraftHours = z.object({
  opens: z.string().max(5),
  closes: z.string().max(5),
  days: z.array(z.number().int().min(0).max(6)).max(7),
  widenReason: z.string().max(200),
});
export type DraftHours = z.infer<typeof DraftHours>;

export const DraftFields = z.object({
  name: z.string().max(200),
  audience: Audience,
  /** Referenced variables whose empty rows are left out of the campaign. */
  skipEmptyFor: z.array(z.string().max(200)).max(20),
  content: Content,
  callerId: z.string().max(20),
  retries: RetrySettings,
  schedule: ScheduleSettings,
  /** Absent or null: the account's calling hours. */
  hours: DraftHours.nullable().optional(),
  /**
   * When the numbers do not fit in the first day's calling hours: carry on over the next calling days as a
   * plan of daily runs (absent means this), or end at the close and leave the rest uncalled.
   */
  overflow: z.enum(['plan', 'close']).optional(),
  mode: z.enum(['auto', 'custom']),
  throttle: z.number().int().min(1).max(100_000),
  callDuplicateNumbers: z.boolean(),
  statusCallback: z.string().max(2000),
  callStatusCallback: z.string().max(2000),
  callScheduleCallback: z.string().max(2000),
  customField: z.string().max(2000),
});
export type DraftFields = z.infer<typeof DraftFields>;

export const Draft = DraftFields.extend({
  id: z.string(),
  accountId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set once the draft has been launched: the outbox item that carries it. A launched draft is read-only. */
  launchedItemId: z.string().nullable(),
  /** Set when the draft stands for changes to this campaign on Exotel ("Edit"): it saves changes instead of launching. */
  editsCampaignId: z.string().nullable(),
});
export type Draft = z.infer<typeof Draft>;

/** A line of the drafts list. */
export const DraftSummary = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
  audienceLabel: z.string(),
  launchedItemId: z.string().nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/** Where a new draft starts from. */
export const DraftOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('list'), listId: z.string().min(1) }),
  z.object({ kind: z.literal('campaign'), campaignId: z.string().min(1) }),
  z.object({ kind: z.literal('draft'), draftId: z.string().min(1) }),
  /** "Edit" before the campaign's start: the composer filled from the campaign as it is, saving changes to it. */
  z.object({ kind: z.literal('edit'), campaignId: z.string().min(1) }),
  /** "Call again those not reached": the campaign's numbers whose last call ended in one of these outcomes. */
  z.object({
    kind: z.literal('follow-up'),
    campaignId: z.string().min(1),
    outcomes: z.array(RetryOnStatus).min(1, 'Choose which numbers to call again'),
  }),
]);
export type DraftOrigin = z.infer<typeof DraftOrigin>;

/** Numbers of a campaign by the outcome of their last call, for choosing whom to call again. */
export const FollowUpCounts = z.object({
  busy: z.number(),
  'no-answer': z.number(),
  failed: z.number(),
  /** Numbers whose calls were all read from Exotel; when false the counts may grow after a calls sync. */
  complete: z.boolean(),
  /** The contact list on this computer the campaign called, whose variables come along; null when unknown. */
  listName: z.string().nullable(),
});
export type FollowUpCounts = z.infer<typeof FollowUpCounts>;
