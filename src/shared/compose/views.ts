import { z } from 'zod';
import { CallingHours } from './calling-hours';

/** What the composer shows about who will be called, worked out by main from the draft's audience. */
export const AudienceView = z.object({
  /** Numbers that will be called, after leaving out what the user chose to skip. Always shown. */
  count: z.number(),
  /** Valid numbers before any skip. */
  available: z.number(),
  /** The saved list's name, or a description of the Exotel lists or the typed numbers. */
  label: z.string(),
  /** The exact `@@` names the message can use, in the list's column order. */
  variables: z.array(z.string()),
  /** Typed numbers that cannot be called, each with its line and reason (the first 200). */
  invalid: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  invalidCount: z.number(),
  /** Typed numbers given more than once (called once unless duplicates are allowed). */
  repeated: z.number(),
  /** How the numbers reach Exotel. */
  route: z.enum(['from', 'static-list', 'dynamic-list', 'exotel-lists']),
  /** The route in plain words: "Sent to Exotel as a dynamic list first, because the message uses variables". */
  routeText: z.string(),
  /** Rows (among the valid ones) whose value is empty, per variable the message references. */
  emptyByVariable: z.record(z.string(), z.number()),
});
export type AudienceView = z.infer<typeof AudienceView>;

/** One contact as the preview shows it. */
export const ContactSample = z.object({
  /** The row number in the sheet (1 is the header), or the line of a typed number. */
  row: z.number(),
  /** Position among the valid contacts, 0-based, for next/previous. */
  index: z.number(),
  number: z.string(),
  values: z.record(z.string(), z.string()),
});
export type ContactSample = z.infer<typeof ContactSample>;

export const SamplePick = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('index'), index: z.number().int().min(0) }),
  /** The contact on this sheet row ("jump to row"). */
  z.object({ kind: z.literal('row'), row: z.number().int().min(1) }),
  z.object({ kind: z.literal('random'), count: z.number().int().min(1).max(20) }),
]);
export type SamplePick = z.infer<typeof SamplePick>;

export const CheckIssue = z.object({
  /** The draft field it is about, dotted ("schedule.sendAt", "retries.intervalMins", "content.text"). */
  field: z.string(),
  message: z.string(),
});
export type CheckIssue = z.infer<typeof CheckIssue>;

export const CheckWarning = CheckIssue.extend({
  /** A one-click fix: move the start to this wall-clock time in the draft's zone. */
  moveStartTo: z.string().nullable(),
});
export type CheckWarning = z.infer<typeof CheckWarning>;

/** "Say it before it happens": what a launch would do, and what stops it. */
export const LaunchSummary = z.object({
  name: z.string(),
  numbers: z.number(),
  callerId: z.string(),
  /** ISO instants; the screen shows them in the draft's zone and in IST. */
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  callsPerMinute: z.number(),
  retries: z.object({ count: z.number(), intervalMins: z.number(), mechanism: z.string(), onStatus: z.array(z.string()) }),
  /** Calls expected in all, retries included. */
  expectedCalls: z.number(),
  expectedFinishAt: z.string(),
  /** Numbers that will not get a first call before the campaign ends (0 when all fit). */
  notReachedBeforeEnd: z.number(),
  route: AudienceView.shape.route,
  /** The calling hours the campaign keeps; null when calls may go at any time. */
  hours: z
    .object({
      text: z.string(),
      zone: z.string(),
      startMoved: z.boolean(),
      endsAtClose: z.boolean(),
      /** Why an Indian campaign may call outside 09:00–21:00 IST; '' when it stays inside. */
      widenReason: z.string(),
    })
    .nullable()
    .optional(),
  /** The user's choice when the numbers do not fit in the first day's hours; null when it does not arise. */
  overflow: z.enum(['plan', 'close']).nullable().optional(),
  /** The daily runs the launch creates, when it is a plan: "3 days: Tue 8 Dec 09:00–21:00 IST, 40,000 numbers; …". */
  plan: z
    .object({
      text: z.string(),
      zone: z.string(),
      days: z.array(
        z.object({
          day: z.number(),
          sendAt: z.string(),
          endAt: z.string().nullable(),
          numbers: z.number(),
          firstNumber: z.number(),
        }),
      ),
    })
    .nullable()
    .optional(),
});
export type LaunchSummary = z.infer<typeof LaunchSummary>;

/** One line of what an edit changes: "Message: “Hello…” → “Hi…”". */
export const EditChange = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });
export type EditChange = z.infer<typeof EditChange>;

export const LaunchCheck = z.object({
  /** True when nothing Exotel would refuse is left. */
  ready: z.boolean(),
  issues: z.array(CheckIssue),
  warnings: z.array(CheckWarning),
  /** Null while the draft lacks what a summary needs (numbers, caller ID). */
  summary: LaunchSummary.nullable(),
  /** For a draft that edits a campaign on Exotel: what "Save changes" would change. */
  edit: z
    .object({ campaignId: z.string(), campaignName: z.string(), changes: z.array(EditChange) })
    .nullable()
    .optional(),
});
export type LaunchCheck = z.infer<typeof LaunchCheck>;

/** What the composer needs to know about the active account. */
export const ComposeDefaults = z.object({
  accountId: z.string(),
  sandbox: z.boolean(),
  country: z.string(),
  /** The account's ExoPhones; the first is the default. */
  callerIds: z.array(z.string()),
  accountThrottle: z.number(),
  timeZone: z.string(),
  /** The number "Call me first" rang last time on this account. */
  testCallNumber: z.string(),
  /** The account's calling hours in force (its country's default when it set none); null: any time. */
  callingHours: CallingHours.nullable().optional(),
  /** The zone those hours are read in (India's for IN). */
  hoursZone: z.string().optional(),
});
export type ComposeDefaults = z.infer<typeof ComposeDefaults>;
