import type { CampaignCreateInput } from '../exotel/campaign-input';
import type { DraftFields } from './draft';
import { toRfc3339InZone, zonedToInstant } from './zoned-time';

/** How the draft's audience reaches Exotel, once main has worked it out. */
export interface ResolvedAudience {
  from?: string[];
  lists?: string[];
  campaignType: 'static' | 'dynamic';
}

function zoned(local: string, timeZone: string): string | undefined {
  const at = local ? zonedToInstant(local, timeZone) : null;
  return at ? toRfc3339InZone(at, timeZone) : undefined;
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The create request a draft stands for. `key` is the campaign's unique name, fixed when the launch is
 * queued; it also goes in custom_field when the user left that empty, so the campaign can be told apart
 * in Exotel's reports.
 */
export function buildCreateInput(d: DraftFields, audience: ResolvedAudience, key: string): CampaignCreateInput {
  const input: CampaignCreateInput = { name: key, callerId: d.callerId.trim(), callDuplicateNumbers: d.callDuplicateNumbers };
  if (audience.from) input.from = audience.from;
  if (audience.lists) input.lists = audience.lists;
  if (audience.lists || audience.campaignType === 'dynamic') input.campaignType = audience.campaignType;

  if (d.content.kind === 'flow') input.url = d.content.url.trim();
  else {
    input.readViaText = d.content.text;
    input.flowType = d.content.flowType;
    if (d.content.flowType === 'ivr') input.repeatMenuAttempts = d.content.repeatMenuAttempts;
  }

  if (d.retries.count > 0) {
    input.retries = {
      numberOfRetries: d.retries.count,
      intervalMins: d.retries.intervalMins,
      mechanism: d.retries.mechanism,
      onStatus: d.retries.onStatus,
    };
  }

  const { schedule } = d;
  const sendAt = schedule.kind === 'later' ? zoned(schedule.sendAt, schedule.timeZone) : undefined;
  const endAt = zoned(schedule.endAt, schedule.timeZone);
  if (sendAt || endAt) input.schedule = { ...(sendAt ? { sendAt } : {}), ...(endAt ? { endAt } : {}) };

  input.mode = d.mode;
  if (d.mode === 'custom') input.throttle = d.throttle;

  const callbacks = {
    statusCallback: text(d.statusCallback),
    callStatusCallback: text(d.callStatusCallback),
    callScheduleCallback: text(d.callScheduleCallback),
  };
  for (const [field, value] of Object.entries(callbacks)) if (value) input[field as keyof typeof callbacks] = value;
  input.customField = text(d.customField) ?? key;
  return input;
}
