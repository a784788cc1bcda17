import { z } from 'zod';
import { CampaignStatus } from './campaign-status';
import { CallStatus } from './call-status';

/** How many of a campaign's numbers are in each state right now; each number counts once. */
export const CampaignStats = z.object({
  created: z.number(),
  inProgress: z.number(),
  retry: z.number(),
  retrying: z.number(),
  failed: z.number(),
  failedDnd: z.number(),
  invalid: z.number(),
  paused: z.number(),
  failedNoAttempt: z.number(),
  completed: z.number(),
  pending: z.number(),
});
export type CampaignStats = z.infer<typeof CampaignStats>;

/** Exotel's stat names, in the order screens show them, mapped to the app's field names. */
export const STAT_FIELDS: readonly { wire: string; key: keyof CampaignStats; label: string }[] = [
  { wire: 'completed', key: 'completed', label: 'Answered' },
  { wire: 'failed', key: 'failed', label: 'Failed' },
  { wire: 'failed-dnd', key: 'failedDnd', label: 'Blocked (DND)' },
  { wire: 'failed-no-attempt', key: 'failedNoAttempt', label: 'Not attempted' },
  { wire: 'invalid', key: 'invalid', label: 'Invalid' },
  { wire: 'in-progress', key: 'inProgress', label: 'On a call' },
  { wire: 'retrying', key: 'retrying', label: 'Retrying now' },
  { wire: 'retry', key: 'retry', label: 'Waiting to retry' },
  { wire: 'created', key: 'created', label: 'Waiting' },
  { wire: 'pending', key: 'pending', label: 'Pending' },
  { wire: 'paused', key: 'paused', label: 'Paused' },
];

export function emptyStats(): CampaignStats {
  return {
    created: 0,
    inProgress: 0,
    retry: 0,
    retrying: 0,
    failed: 0,
    failedDnd: 0,
    invalid: 0,
    paused: 0,
    failedNoAttempt: 0,
    completed: 0,
    pending: 0,
  };
}

export function statsTotal(stats: CampaignStats): number {
  return STAT_FIELDS.reduce((sum, field) => sum + stats[field.key], 0);
}

/** Numbers that will get no further call. */
export function statsFinished(stats: CampaignStats): number {
  return stats.completed + stats.failed + stats.failedDnd + stats.failedNoAttempt + stats.invalid;
}

/** Counts of call attempts (not numbers): a retried number counts once per attempt. */
export const CampaignSummary = z.object({
  scheduled: z.number(),
  initialized: z.number(),
  completed: z.number(),
  failed: z.number(),
  inProgress: z.number(),
  dateCreated: z.string().nullable(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const RetryMechanism = z.enum(['Linear', 'Exponential']);
export type RetryMechanism = z.infer<typeof RetryMechanism>;

export const RetryPolicy = z.object({
  numberOfRetries: z.number(),
  intervalMins: z.number().nullable(),
  /** `Linear` or `Exponential` as Exotel spells them; any other text is kept as it came. */
  mechanism: z.string().nullable(),
  onStatus: z.array(z.string()),
});
export type RetryPolicy = z.infer<typeof RetryPolicy>;

/** RFC 3339 strings with the offset Exotel sent, so a screen can show the zone. */
export const CampaignSchedule = z.object({
  sendAt: z.string().nullable(),
  endAt: z.string().nullable(),
});
export type CampaignSchedule = z.infer<typeof CampaignSchedule>;

export const Campaign = z.object({
  id: z.string(),
  accountSid: z.string().nullable(),
  name: z.string(),
  type: z.string().nullable(),
  campaignType: z.string().nullable(),
  flowType: z.string().nullable(),
  status: CampaignStatus,
  /** The status exactly as Exotel wrote it. */
  statusText: z.string(),
  callerId: z.string().nullable(),
  from: z.array(z.string()),
  lists: z.array(z.string()),
  url: z.string().nullable(),
  readViaText: z.string().nullable(),
  repeatMenuAttempts: z.number().nullable(),
  retries: RetryPolicy.nullable(),
  schedule: CampaignSchedule.nullable(),
  mode: z.string().nullable(),
  throttle: z.number().nullable(),
  callDuplicateNumbers: z.boolean().nullable(),
  statusCallback: z.string().nullable(),
  callStatusCallback: z.string().nullable(),
  callScheduleCallback: z.string().nullable(),
  customField: z.string().nullable(),
  dateCreated: z.string().nullable(),
  dateUpdated: z.string().nullable(),
  uri: z.string().nullable(),
  reportUrl: z.string().nullable(),
  stats: CampaignStats.nullable(),
  summary: CampaignSummary.nullable(),
});
export type Campaign = z.infer<typeof Campaign>;

/** One call attempt of a campaign. */
export const CallDetail = z.object({
  callSid: z.string().nullable(),
  number: z.string(),
  /** Null when Exotel has no contact name ("NA"). */
  name: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  status: CallStatus,
  statusText: z.string(),
  digit: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  dateCreated: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  callerId: z.string().nullable(),
  direction: z.string().nullable(),
});
export type CallDetail = z.infer<typeof CallDetail>;
