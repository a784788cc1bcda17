import { EXOTEL_LIMITS } from '../../shared/exotel';
import { findReferences } from '../../shared/template';
import { dialable } from './phone';
import { bad, missing } from './reply';
import type { CampaignSettings, RetrySettings, SimList } from './state';
import { formatNameTime, parseRfc3339 } from './time';

export interface ValidationContext {
  accountSid: string;
  accountThrottle: number;
  now: number;
  findList(sid: string): SimList | undefined;
}

type Raw = Record<string, unknown>;

const DAY = 24 * 60 * 60 * 1000;
const ON_STATUS = ['busy', 'no-answer', 'failed'];

function optionalText(raw: Raw, field: string): string | null | undefined {
  const value = raw[field];
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') throw bad(field, 'must be text');
  return value;
}

function callbackUrl(raw: Raw, field: string): string | null | undefined {
  const value = optionalText(raw, field);
  if (value && !/^https?:\/\/[^\s]+$/i.test(value)) throw bad(field, `"${value}" is not a web address`);
  return value;
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function atLeastZero(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw bad(field, 'must be a whole number, 0 or more');
  return value;
}

function readFrom(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(list)) throw bad('from', 'must be a list of numbers');
  if (list.length === 0) throw missing('from', 'give at least one number');
  if (list.length > EXOTEL_LIMITS.maxNumbersPerRequest) throw bad('from', `${list.length} numbers; at most 5000 are allowed`);
  list.forEach((n, i) => {
    if (dialable(n) === null) throw bad(`from[${i}]`, `"${String(n)}" is not a valid phone number`);
  });
  return list.map(String);
}

function readRetries(value: unknown): RetrySettings | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw bad('retries', 'must be an object');
  const r = value as Raw;
  if (r.number_of_retries === undefined) throw missing('retries.number_of_retries', 'say how many retries');
  const count = integer(r.number_of_retries, 'retries.number_of_retries', 0, EXOTEL_LIMITS.maxRetries);
  if (count > 0 && r.interval_mins === undefined) throw missing('retries.interval_mins', 'required when retrying');
  const interval = r.interval_mins === undefined ? 1 : integer(r.interval_mins, 'retries.interval_mins', 1, 7 * 24 * 60);
  const mechanism = r.mechanism ?? 'Linear';
  if (mechanism !== 'Linear' && mechanism !== 'Exponential') throw bad('retries.mechanism', 'must be Linear or Exponential');
  const onStatus = r.on_status ?? ON_STATUS;
  if (!Array.isArray(onStatus) || onStatus.some((s) => !ON_STATUS.includes(String(s)))) {
    throw bad('retries.on_status', 'may hold only busy, no-answer and failed');
  }
  return { number_of_retries: count, interval_mins: interval, mechanism, on_status: onStatus.map(String) };
}

function readSchedule(value: unknown, base: { send_at: number; end_at: number } | null, now: number): { send_at: number; end_at: number } {
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))
    throw bad('schedule', 'must be an object');
  const s = (value ?? {}) as Raw;
  const read = (field: 'send_at' | 'end_at'): number | undefined => {
    if (s[field] === undefined) return undefined;
    const ms = parseRfc3339(s[field]);
    if (ms === null) throw bad(`schedule.${field}`, 'must be an RFC 3339 time with its offset, e.g. 2025-01-31T10:00:00+05:30');
    return ms;
  };
  const asked = read('send_at');
  // A time already past starts the campaign now, as Exotel does: no call is ever placed before the request.
  const sendAt = asked !== undefined ? Math.max(asked, now) : (base?.send_at ?? now + 60_000);
  const endAt = read('end_at') ?? (s.send_at === undefined && base ? base.end_at : sendAt + 30 * DAY);
  if (endAt <= sendAt) throw bad('schedule.end_at', 'must come after send_at');
  return { send_at: sendAt, end_at: endAt };
}

/**
 * Checks a campaign as Exotel does and fills in its defaults. `base` is the campaign being updated,
 * whose settings stand for every field the request leaves out.
 */
export function validateCampaign(raw: unknown, ctx: ValidationContext, base: CampaignSettings | null): CampaignSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('campaigns[0]', 'must be an object');
  const r = raw as Raw;
  if (r.type !== undefined && r.type !== 'trans') throw bad('type', 'only transactional ("trans") campaigns are allowed');

  let name = base?.name ?? `${ctx.accountSid} ${formatNameTime(ctx.now)}`;
  if (r.name !== undefined) {
    if (typeof r.name !== 'string' || r.name.trim().length <= EXOTEL_LIMITS.minNameLengthExclusive) {
      throw bad('name', 'must be longer than 3 characters');
    }
    name = r.name.trim();
  }

  const callerRaw = r.caller_id ?? base?.caller_id;
  if (callerRaw === undefined || callerRaw === null || callerRaw === '') throw missing('caller_id', 'give the ExoPhone to call from');
  const callerId = String(callerRaw);
  if (!/^\+?\d{6,15}$/.test(callerId)) throw bad('caller_id', `"${callerId}" is not a phone number`);

  const campaignType = r.campaign_type ?? base?.campaign_type ?? 'static';
  if (campaignType !== 'static' && campaignType !== 'dynamic') throw bad('campaign_type', 'must be static or dynamic');

  const from = r.from !== undefined ? readFrom(r.from) : base && r.lists === undefined ? base.from : null;
  const listsRaw: unknown = r.lists !== undefined ? r.lists : base && r.from === undefined ? base.lists : null;
  if (from && listsRaw) throw bad('from', 'give either from or lists, not both');
  if (!from && !listsRaw) throw missing('from', 'give from (numbers) or lists');
  let lists: string[] | null = null;
  if (listsRaw !== null && listsRaw !== undefined) {
    if (!Array.isArray(listsRaw) || listsRaw.some((sid) => typeof sid !== 'string')) throw bad('lists', 'must be a list of list sids');
    lists = listsRaw as string[];
    if (campaignType === 'dynamic' && lists.length !== 1) throw bad('lists', 'a dynamic campaign takes exactly 1 list');
    if (lists.length < 1 || lists.length > EXOTEL_LIMITS.maxStaticLists) throw bad('lists', 'give 1 to 5 lists');
    lists.forEach((sid, i) => {
      const list = ctx.findList(sid);
      if (!list) throw bad(`lists[${i}]`, `no list with sid ${sid}`);
      if (campaignType === 'dynamic' && list.type !== 'dynamic') throw bad(`lists[${i}]`, `list ${sid} is not a dynamic list`);
    });
  }
  if (campaignType === 'dynamic' && from) throw bad('from', 'a dynamic campaign calls one list, not numbers');

  const givenFlowType = optionalText(r, 'flow_type') ?? (r.flow_type === undefined ? (base?.flow_type ?? null) : null);
  if (givenFlowType !== null && givenFlowType !== 'ivr' && givenFlowType !== 'greeting') throw bad('flow_type', 'must be ivr or greeting');
  const url = r.url !== undefined ? (optionalText(r, 'url') ?? null) : (base?.url ?? null);
  const text = r.read_via_text !== undefined ? (optionalText(r, 'read_via_text') ?? null) : (base?.read_via_text ?? null);
  if (!url && !text)
    throw missing(
      givenFlowType ? 'read_via_text' : 'url',
      givenFlowType ? `required for a ${givenFlowType} unless a flow url is given` : 'give a flow url or read_via_text',
    );
  // A spoken message without a flow type is a greeting, and the answer says so.
  const flowType = givenFlowType ?? (text && !url ? 'greeting' : null);
  if (campaignType === 'dynamic' && text && lists) {
    const list = ctx.findList(lists[0] as string) as SimList;
    const unknown = findReferences(text, list.headers).unknown;
    if (unknown.length)
      throw bad('read_via_text', `@@${unknown[0]} is not a header of list ${list.name} (headers: ${list.headers.join(', ')})`);
  }

  if (r.repeat_menu_attempts !== undefined && flowType !== 'ivr') throw bad('repeat_menu_attempts', 'applies only when flow_type is ivr');
  const repeat =
    r.repeat_menu_attempts !== undefined
      ? atLeastZero(r.repeat_menu_attempts, 'repeat_menu_attempts')
      : flowType === 'ivr'
        ? (base?.repeat_menu_attempts ?? 0)
        : null;
  const retries = r.retries !== undefined ? readRetries(r.retries) : (base?.retries ?? null);
  const schedule = readSchedule(r.schedule, base, ctx.now);

  const mode = r.mode ?? base?.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'custom') throw bad('mode', 'must be auto or custom');
  let throttle: number | null = null;
  if (mode === 'custom') {
    const value = r.throttle ?? base?.throttle;
    if (value === undefined || value === null) throw missing('throttle', 'required when mode is custom');
    throttle = integer(value, 'throttle', 1, ctx.accountThrottle - 1);
  }

  const dup = r.call_duplicate_numbers ?? base?.call_duplicate_numbers ?? false;
  if (typeof dup !== 'boolean' && dup !== 'true' && dup !== 'false') throw bad('call_duplicate_numbers', 'must be true or false');

  const custom = r.custom_field;
  const keep = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
  return {
    name,
    type: 'trans',
    caller_id: callerId,
    from,
    lists,
    campaign_type: campaignType,
    flow_type: flowType,
    url,
    read_via_text: text,
    repeat_menu_attempts: repeat,
    retries,
    mode,
    throttle,
    call_duplicate_numbers: dup === true || dup === 'true',
    status_callback: keep(callbackUrl(r, 'status_callback'), base?.status_callback ?? null),
    call_status_callback: keep(callbackUrl(r, 'call_status_callback'), base?.call_status_callback ?? null),
    call_schedule_callback: keep(callbackUrl(r, 'call_schedule_callback'), base?.call_schedule_callback ?? null),
    custom_field:
      custom === undefined ? (base?.custom_field ?? null) : custom === null || typeof custom === 'string' ? custom : JSON.stringify(custom),
    send_at: schedule.send_at,
    end_at: schedule.end_at,
  };
}
