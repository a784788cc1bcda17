import { z } from 'zod';
import { EXOTEL_LIMITS } from './limits';
import { RetryOnStatus } from './call-status';
import { RetryMechanism } from './campaign';

/** RFC 3339 with an explicit offset: Exotel converts no time zones, so one must always be given. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const Rfc3339 = z
  .string()
  .regex(RFC3339, 'Use a date and time with its zone, such as 2025-01-31T10:00:00+05:30')
  .refine((text) => !Number.isNaN(Date.parse(text)), 'That date does not exist');

export const RetryPolicyInput = z.object({
  numberOfRetries: z.number().int().min(0, 'Retries cannot be negative').max(EXOTEL_LIMITS.maxRetries, 'Exotel allows at most 3 retries'),
  intervalMins: z.number().int().min(1, 'Wait at least one minute between retries').optional(),
  mechanism: RetryMechanism.optional(),
  onStatus: z.array(RetryOnStatus).optional(),
});
export type RetryPolicyInput = z.infer<typeof RetryPolicyInput>;

export const ScheduleInput = z.object({ sendAt: Rfc3339.optional(), endAt: Rfc3339.optional() });
export type ScheduleInput = z.infer<typeof ScheduleInput>;

const CampaignFields = {
  name: z
    .string()
    .trim()
    .min(EXOTEL_LIMITS.minNameLengthExclusive + 1, 'A campaign name needs more than 3 characters')
    .optional(),
  callerId: z.string().trim().min(1, 'Choose the ExoPhone to call from'),
  from: z
    .array(z.string())
    .max(EXOTEL_LIMITS.maxNumbersPerRequest, 'At most 5000 numbers can be sent with a campaign; use a list')
    .optional(),
  lists: z.array(z.string().min(1)).optional(),
  campaignType: z.enum(['static', 'dynamic']).optional(),
  flowType: z.enum(['ivr', 'greeting']).optional(),
  url: z.string().optional(),
  readViaText: z.string().optional(),
  repeatMenuAttempts: z.number().int().min(0).optional(),
  retries: RetryPolicyInput.optional(),
  schedule: ScheduleInput.optional(),
  mode: z.enum(['auto', 'custom']).optional(),
  throttle: z.number().int().min(1, 'Throttle is at least 1 call a minute').optional(),
  callDuplicateNumbers: z.boolean().optional(),
  statusCallback: z.string().optional(),
  callStatusCallback: z.string().optional(),
  callScheduleCallback: z.string().optional(),
  customField: z.string().optional(),
};

export const CampaignCreateInput = z.object(CampaignFields);
export type CampaignCreateInput = z.infer<typeof CampaignCreateInput>;

/** Before send_at every field may change; after it only the callbacks (actions go through their own call). */
export const CampaignUpdateInput = z.object({ ...CampaignFields, callerId: CampaignFields.callerId.optional() });
export type CampaignUpdateInput = z.infer<typeof CampaignUpdateInput>;

export interface InputIssue {
  field: string;
  message: string;
}

/**
 * Rules that span fields, checked before anything is sent. Shape and ranges come from the schemas above;
 * `accountThrottle` is the account's campaign throttle (60 unless Exotel raised it).
 */
export function checkCampaignRules(
  input: CampaignUpdateInput,
  accountThrottle: number = EXOTEL_LIMITS.defaultAccountThrottle,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const hasFrom = (input.from?.length ?? 0) > 0;
  const hasLists = (input.lists?.length ?? 0) > 0;
  const dynamic = input.campaignType === 'dynamic';
  if (hasFrom && hasLists) issues.push({ field: 'from', message: 'Give either numbers or lists, not both' });
  if (dynamic && input.lists && input.lists.length !== EXOTEL_LIMITS.maxDynamicLists)
    issues.push({ field: 'lists', message: 'A dynamic campaign uses exactly one list' });
  if (dynamic && hasFrom) issues.push({ field: 'from', message: 'A dynamic campaign calls a list, not numbers' });
  if (!dynamic && (input.lists?.length ?? 0) > EXOTEL_LIMITS.maxStaticLists)
    issues.push({ field: 'lists', message: 'A campaign can call at most 5 lists' });
  const retries = input.retries;
  if (retries && retries.numberOfRetries > 0 && retries.intervalMins === undefined)
    issues.push({ field: 'retries.interval_mins', message: 'Say how many minutes to wait between retries' });
  if (input.throttle !== undefined && input.throttle > accountThrottle - 1)
    issues.push({ field: 'throttle', message: `Throttle must be below the account's ${accountThrottle} calls a minute` });
  const sendAt = input.schedule?.sendAt;
  const endAt = input.schedule?.endAt;
  if (sendAt && endAt && Date.parse(endAt) <= Date.parse(sendAt))
    issues.push({ field: 'schedule.end_at', message: 'The end time must come after the start time' });
  return issues;
}

/** A create needs numbers or lists; an update may leave both out. */
export function checkCampaignCreate(input: CampaignCreateInput, accountThrottle?: number): InputIssue[] {
  const issues = checkCampaignRules(input, accountThrottle);
  if (!input.from?.length && !input.lists?.length) issues.unshift({ field: 'from', message: 'Give the numbers to call or a list' });
  // What a create must say that an update may leave to the campaign as it is.
  if (!input.url && !input.readViaText) {
    issues.push(
      input.flowType
        ? { field: 'readViaText', message: `A ${input.flowType} needs the message to read, unless a flow url is given` }
        : { field: 'url', message: 'Give a flow url or the message to read' },
    );
  }
  if (input.repeatMenuAttempts !== undefined && input.flowType !== 'ivr')
    issues.push({ field: 'repeatMenuAttempts', message: 'Menu repeats apply only to an IVR' });
  if (input.mode === 'custom' && input.throttle === undefined)
    issues.push({ field: 'throttle', message: 'Say how many calls a minute when the rate is custom' });
  return issues;
}
