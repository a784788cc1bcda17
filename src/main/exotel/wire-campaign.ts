import { z } from 'zod';
import {
  emptyStats,
  normaliseCallStatus,
  normaliseCampaignStatus,
  STAT_FIELDS,
  type CallDetail,
  type Campaign,
  type CampaignStats,
  type CampaignSummary,
  type RetryPolicy,
} from '../../shared/exotel';
import { optionalBoolean, optionalNumber, optionalString, stringList } from './wire-values';

const WireRetries = z.looseObject({
  number_of_retries: optionalNumber,
  interval_mins: optionalNumber,
  mechanism: optionalString,
  on_status: stringList,
});

const WireSchedule = z.looseObject({ send_at: optionalString, end_at: optionalString });

const WireStats = z.record(z.string(), z.unknown());

const WireSummary = z.looseObject({
  call_scheduled: optionalNumber,
  call_initialized: optionalNumber,
  call_completed: optionalNumber,
  call_failed: optionalNumber,
  call_inprogress: optionalNumber,
  DateCreated: optionalString,
});

export const WireCampaign = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  account_sid: optionalString,
  name: optionalString,
  type: optionalString,
  campaign_type: optionalString,
  flow_type: optionalString,
  status: optionalString,
  caller_id: z.union([z.string(), z.number()]).nullish().catch(null),
  from: stringList,
  lists: stringList,
  url: optionalString,
  read_via_text: optionalString,
  repeat_menu_attempts: optionalNumber,
  retries: WireRetries.nullish().catch(null),
  schedule: WireSchedule.nullish().catch(null),
  mode: optionalString,
  throttle: optionalNumber,
  call_duplicate_numbers: optionalBoolean,
  status_callback: optionalString,
  call_status_callback: optionalString,
  call_schedule_callback: optionalString,
  custom_field: z.unknown().optional(),
  date_created: optionalString,
  date_updated: optionalString,
  uri: optionalString,
  report_url: optionalString,
  stats: WireStats.nullish().catch(null),
});

const MECHANISMS: Record<string, string> = { linear: 'Linear', exponential: 'Exponential' };

function toRetries(wire: z.infer<typeof WireRetries>): RetryPolicy {
  const mechanism = wire.mechanism ?? null;
  return {
    numberOfRetries: wire.number_of_retries ?? 0,
    intervalMins: wire.interval_mins ?? null,
    mechanism: mechanism === null ? null : (MECHANISMS[mechanism.toLowerCase()] ?? mechanism),
    onStatus: wire.on_status.map((s) => s.toLowerCase()),
  };
}

export function toStats(wire: Record<string, unknown>): CampaignStats {
  const stats = emptyStats();
  for (const field of STAT_FIELDS) {
    const value = optionalNumber.parse(wire[field.wire]);
    if (value !== null && value !== undefined) stats[field.key] = value;
  }
  return stats;
}

export function toSummary(raw: unknown): CampaignSummary | null {
  const parsed = WireSummary.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  return {
    scheduled: s.call_scheduled ?? 0,
    initialized: s.call_initialized ?? 0,
    completed: s.call_completed ?? 0,
    failed: s.call_failed ?? 0,
    inProgress: s.call_inprogress ?? 0,
    dateCreated: s.DateCreated ?? null,
  };
}

/** custom_field is documented as a string, but a JSON object sometimes arrives in its place. */
function customFieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function toCampaign(data: unknown, summary: unknown): Campaign {
  const w = WireCampaign.parse(data);
  const statusText = w.status ?? '';
  return {
    id: w.id,
    accountSid: w.account_sid ?? null,
    name: w.name ?? '',
    type: w.type ?? null,
    campaignType: w.campaign_type ?? null,
    flowType: w.flow_type ?? null,
    status: normaliseCampaignStatus(statusText),
    statusText,
    callerId: w.caller_id === null || w.caller_id === undefined ? null : String(w.caller_id),
    from: w.from,
    lists: w.lists,
    url: w.url ?? null,
    readViaText: w.read_via_text ?? null,
    repeatMenuAttempts: w.repeat_menu_attempts ?? null,
    retries: w.retries ? toRetries(w.retries) : null,
    schedule: w.schedule ? { sendAt: w.schedule.send_at ?? null, endAt: w.schedule.end_at ?? null } : null,
    mode: w.mode ?? null,
    throttle: w.throttle ?? null,
    callDuplicateNumbers: w.call_duplicate_numbers ?? null,
    statusCallback: w.status_callback ?? null,
    callStatusCallback: w.call_status_callback ?? null,
    callScheduleCallback: w.call_schedule_callback ?? null,
    customField: customFieldText(w.custom_field),
    dateCreated: w.date_created ?? null,
    dateUpdated: w.date_updated ?? null,
    uri: w.uri ?? null,
    reportUrl: w.report_url ?? null,
    stats: w.stats ? toStats(w.stats) : null,
    summary: summary === null || summary === undefined ? null : toSummary(summary),
  };
}

const WireCallDetail = z.looseObject({
  call_sid: optionalString,
  /** Exotel's call-details docs key a call by `id`; its answers and the Sandbox by `call_sid` (some clients read `sid`). */
  sid: optionalString,
  id: z.union([z.string(), z.number()]).transform(String).nullish().catch(null),
  number: z.union([z.string(), z.number()]).transform(String),
  name: optionalString,
  duration: optionalNumber,
  status: optionalString,
  digit: z.union([z.string(), z.number()]).nullish().catch(null),
  recording_url: optionalString,
  date_created: optionalString,
  start_time: optionalString,
  end_time: optionalString,
  caller_id: z.union([z.string(), z.number()]).nullish().catch(null),
  direction: optionalString,
});

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value;
}

export function toCallDetail(data: unknown): CallDetail {
  const w = WireCallDetail.parse(data);
  const statusText = w.status ?? '';
  const name = blankToNull(w.name);
  return {
    callSid: blankToNull(w.call_sid) ?? blankToNull(w.sid) ?? blankToNull(w.id),
    number: w.number,
    name: name === 'NA' ? null : name,
    durationSeconds: w.duration ?? null,
    status: normaliseCallStatus(statusText),
    statusText,
    digit: w.digit === null || w.digit === undefined ? null : String(w.digit),
    recordingUrl: blankToNull(w.recording_url),
    dateCreated: w.date_created ?? null,
    startTime: w.start_time ?? null,
    endTime: w.end_time ?? null,
    callerId: w.caller_id === null || w.caller_id === undefined ? null : String(w.caller_id),
    direction: w.direction ?? null,
  };
}
