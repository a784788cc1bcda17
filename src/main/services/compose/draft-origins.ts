import type { Audience, Content, DraftFields, RetrySettings } from '../../../shared/compose/draft';
import { RetryOnStatus } from '../../../shared/exotel/call-status';
import type { Campaign } from '../../../shared/exotel';
import { instantToZoned } from '../../../shared/compose/zoned-time';

/** What a new draft takes from its account. */
export interface AccountDefaults {
  callerIds: readonly string[];
  accountThrottle: number;
  timeZone: string;
}

const DEFAULT_RETRIES: RetrySettings = { count: 0, intervalMins: 15, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] };

/** A draft with nothing chosen yet but what the account already says: its default ExoPhone, zone and rate. */
export function blankFields(name: string, account: AccountDefaults, audience: Audience = { kind: 'numbers', text: '' }): DraftFields {
  return {
    name,
    audience,
    skipEmptyFor: [],
    content: { kind: 'text', text: '', flowType: 'greeting', repeatMenuAttempts: 0 },
    callerId: account.callerIds[0] ?? '',
    retries: { ...DEFAULT_RETRIES, onStatus: [...DEFAULT_RETRIES.onStatus] },
    schedule: { kind: 'now', endAt: '', timeZone: account.timeZone },
    mode: 'auto',
    throttle: Math.max(1, account.accountThrottle - 1),
    callDuplicateNumbers: false,
    statusCallback: '',
    callStatusCallback: '',
    callScheduleCallback: '',
    customField: '',
  };
}

function contentOf(c: Campaign): Content {
  if (c.readViaText !== null && c.readViaText !== '') {
    return {
      kind: 'text',
      text: c.readViaText.slice(0, 5000),
      flowType: c.flowType?.toLowerCase() === 'ivr' ? 'ivr' : 'greeting',
      repeatMenuAttempts: Math.min(10, Math.max(0, c.repeatMenuAttempts ?? 0)),
    };
  }
  if (c.url) return { kind: 'flow', url: c.url.slice(0, 2000) };
  return { kind: 'text', text: '', flowType: 'greeting', repeatMenuAttempts: 0 };
}

function retriesOf(c: Campaign): RetrySettings {
  const r = c.retries;
  if (!r) return { ...DEFAULT_RETRIES, count: 0 };
  const onStatus = r.onStatus.map((s) => RetryOnStatus.safeParse(s.toLowerCase())).flatMap((p) => (p.success ? [p.data] : []));
  return {
    count: Math.min(3, Math.max(0, r.numberOfRetries)),
    intervalMins: Math.max(1, r.intervalMins ?? DEFAULT_RETRIES.intervalMins),
    mechanism: r.mechanism?.toLowerCase() === 'exponential' ? 'Exponential' : 'Linear',
    onStatus: onStatus.length ? [...new Set(onStatus)] : [...DEFAULT_RETRIES.onStatus],
  };
}

function audienceOf(c: Campaign): Audience {
  if (c.lists.length > 0) {
    const dynamic = c.campaignType?.toLowerCase() === 'dynamic';
    return { kind: 'exotel-lists', type: dynamic ? 'dynamic' : 'static', sids: c.lists.slice(0, dynamic ? 1 : 5) };
  }
  return { kind: 'numbers', text: c.from.join('\n') };
}

/**
 * "Duplicate as draft": everything the campaign was made with (message or flow, caller ID, retries, rate,
 * callbacks, custom field, its numbers or lists). The schedule starts fresh: the old times have passed.
 */
export function fieldsFromCampaign(c: Campaign, name: string, account: AccountDefaults): DraftFields {
  const base = blankFields(name, account, audienceOf(c));
  const custom = c.mode?.toLowerCase() === 'custom' && c.throttle !== null;
  return {
    ...base,
    content: contentOf(c),
    callerId: c.callerId ?? base.callerId,
    retries: retriesOf(c),
    mode: custom ? 'custom' : 'auto',
    throttle: custom && c.throttle !== null ? Math.max(1, c.throttle) : base.throttle,
    callDuplicateNumbers: c.callDuplicateNumbers ?? false,
    statusCallback: c.statusCallback ?? '',
    callStatusCallback: c.callStatusCallback ?? '',
    callScheduleCallback: c.callScheduleCallback ?? '',
    customField: c.customField ?? '',
  };
}

/**
 * "Edit" before the start: the campaign as it is on Exotel, its name and schedule included (wall-clock times in
 * the account's zone), so that saving with nothing touched changes nothing.
 */
export function fieldsForEdit(c: Campaign, account: AccountDefaults): DraftFields {
  const base = fieldsFromCampaign(c, c.name, account);
  const zone = account.timeZone;
  const local = (wire: string | null | undefined): string => {
    const ms = wire ? Date.parse(wire) : NaN;
    return Number.isFinite(ms) ? instantToZoned(new Date(ms), zone) : '';
  };
  const sendAt = local(c.schedule?.sendAt);
  const endAt = local(c.schedule?.endAt);
  return { ...base, schedule: sendAt ? { kind: 'later', sendAt, endAt, timeZone: zone } : { kind: 'now', endAt, timeZone: zone } };
}

/** "Pune customers 1 Dec 2026" in the account's zone. */
export function datedName(base: string, now: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: timeZone || 'UTC' }).format(
    now,
  );
  return `${base.trim().slice(0, 80)} ${date}`;
}

/** `wanted`, or `wanted (2)`, `wanted (3)`... whichever no draft, campaign or queued launch uses yet. */
export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  const key = (n: string) => n.trim().toLowerCase();
  const used = new Set([...taken].map(key));
  if (!used.has(key(wanted))) return wanted;
  const stem = wanted.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!used.has(key(candidate))) return candidate;
  }
}
