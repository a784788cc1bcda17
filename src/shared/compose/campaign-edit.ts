import { isFinalCampaignStatus, type Campaign, type CampaignStatus, type CampaignUpdateInput } from '../exotel';

/**
 * What may change on a campaign that is already on Exotel, and how a change is told apart from what was there.
 * Exotel's rule: before send_at every parameter can be updated; after it only the three callback URLs.
 */

export const CALLBACK_FIELDS = ['statusCallback', 'callStatusCallback', 'callScheduleCallback'] as const;
export type CallbackField = (typeof CALLBACK_FIELDS)[number];

/** A field of an update as the app names it; the schedule's two times are told apart. */
export type EditField = Exclude<keyof CampaignUpdateInput, 'schedule'> | 'schedule.sendAt' | 'schedule.endAt';

export const EDIT_FIELD_LABELS: Record<EditField, string> = {
  name: 'Name',
  callerId: 'Caller ID',
  from: 'Numbers called',
  lists: 'Lists called',
  campaignType: 'List type',
  flowType: 'Played as',
  url: 'Flow address',
  readViaText: 'Message',
  repeatMenuAttempts: 'Menu repeats',
  retries: 'Retries',
  'schedule.sendAt': 'Start',
  'schedule.endAt': 'End',
  mode: 'Rate',
  throttle: 'Calls a minute',
  callDuplicateNumbers: 'Numbers listed twice',
  statusCallback: 'Campaign status report address',
  callStatusCallback: 'Call status report address',
  callScheduleCallback: 'Call schedule report address',
  customField: 'Custom field',
};

export type EditWindow =
  /** Before send_at: every parameter. */
  | { kind: 'all' }
  /** After send_at: only the callback URLs. */
  | { kind: 'callbacks'; reason: string }
  /** Final: nothing. */
  | { kind: 'none'; reason: string };

type Editable = { status: CampaignStatus; statusText: string; schedule: Campaign['schedule'] };

/** What the user may change on the campaign now. */
export function editWindow(c: Editable, now: Date): EditWindow {
  if (isFinalCampaignStatus(c.status)) {
    return {
      kind: 'none',
      reason: `This campaign is ${c.statusText.toLowerCase() || c.status}: Exotel keeps a finished campaign as it is.`,
    };
  }
  const sendAt = c.schedule?.sendAt ? Date.parse(c.schedule.sendAt) : NaN;
  if (c.status === 'created' && Number.isFinite(sendAt) && sendAt > now.getTime()) return { kind: 'all' };
  return { kind: 'callbacks', reason: 'It has started: Exotel now lets only the three report addresses change.' };
}

const text = (v: string | null | undefined): string => (v ?? '').trim();
const lower = (v: string | null | undefined): string => text(v).toLowerCase();
const instant = (v: string | null | undefined): number | null => {
  const ms = v ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : null;
};
const sorted = (v: readonly string[]): string[] => [...v].map((s) => s.trim()).sort();

type Normal = string | number | boolean | null | string[] | { n: number; i?: number | null; m?: string; s?: string[] };

function retriesNormal(n: number, i: number | null | undefined, m: string | null | undefined, s: readonly string[] | undefined): Normal {
  if (n <= 0) return { n: 0 };
  return { n, i: i ?? null, m: (m ?? 'Linear').toLowerCase(), s: sorted(s ?? ['busy', 'no-answer', 'failed']) };
}

/** A field of a campaign as Exotel shows it, in a form that compares equal to the same request value. */
export function campaignValue(c: Campaign, field: EditField): Normal {
  switch (field) {
    case 'name':
      return text(c.name);
    case 'callerId':
      return text(c.callerId);
    case 'from':
      return sorted(c.from);
    case 'lists':
      return sorted(c.lists);
    case 'campaignType':
      return lower(c.campaignType) || 'static';
    case 'flowType':
      return lower(c.flowType);
    case 'url':
      return text(c.url);
    case 'readViaText':
      return c.readViaText ?? '';
    case 'repeatMenuAttempts':
      return c.repeatMenuAttempts ?? null;
    case 'retries':
      return c.retries
        ? retriesNormal(c.retries.numberOfRetries, c.retries.intervalMins, c.retries.mechanism, c.retries.onStatus)
        : { n: 0 };
    case 'schedule.sendAt':
      return instant(c.schedule?.sendAt);
    case 'schedule.endAt':
      return instant(c.schedule?.endAt);
    case 'mode':
      return lower(c.mode) || 'auto';
    case 'throttle':
      return c.throttle ?? null;
    case 'callDuplicateNumbers':
      return c.callDuplicateNumbers ?? false;
    case 'statusCallback':
      return text(c.statusCallback);
    case 'callStatusCallback':
      return text(c.callStatusCallback);
    case 'callScheduleCallback':
      return text(c.callScheduleCallback);
    case 'customField':
      return text(c.customField);
  }
}

/** The value an update asks for, in the same form; undefined when the update leaves the field alone. */
export function requestedValue(u: CampaignUpdateInput, field: EditField): Normal | undefined {
  switch (field) {
    case 'schedule.sendAt':
      return u.schedule?.sendAt === undefined ? undefined : instant(u.schedule.sendAt);
    case 'schedule.endAt':
      return u.schedule?.endAt === undefined ? undefined : instant(u.schedule.endAt);
    case 'retries':
      return u.retries && retriesNormal(u.retries.numberOfRetries, u.retries.intervalMins, u.retries.mechanism, u.retries.onStatus);
    case 'from':
      return u.from && sorted(u.from);
    case 'lists':
      return u.lists && sorted(u.lists);
    case 'campaignType':
    case 'flowType':
    case 'mode':
      return u[field]?.toLowerCase();
    case 'readViaText':
      return u.readViaText;
    case 'repeatMenuAttempts':
    case 'throttle':
    case 'callDuplicateNumbers':
      return u[field];
    default:
      return u[field] === undefined ? undefined : text(u[field]);
  }
}

export const EDIT_FIELDS = Object.keys(EDIT_FIELD_LABELS) as EditField[];

const same = (a: Normal | undefined, b: Normal | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields an update names, in the order screens show them. */
export function namedFields(u: CampaignUpdateInput): EditField[] {
  return EDIT_FIELDS.filter((f) => requestedValue(u, f) !== undefined);
}

/** Only what differs from the campaign as it is: an update that sends nothing else touches nothing else. */
export function changedOnly(c: Campaign, wanted: CampaignUpdateInput): CampaignUpdateInput {
  const out: CampaignUpdateInput = {};
  const schedule: NonNullable<CampaignUpdateInput['schedule']> = {};
  for (const field of namedFields(wanted)) {
    if (same(campaignValue(c, field), requestedValue(wanted, field))) continue;
    if (field === 'schedule.sendAt') schedule.sendAt = wanted.schedule?.sendAt;
    else if (field === 'schedule.endAt') schedule.endAt = wanted.schedule?.endAt;
    else Object.assign(out, { [field]: wanted[field] });
  }
  if (schedule.sendAt !== undefined || schedule.endAt !== undefined) out.schedule = schedule;
  return out;
}

/** The values a campaign had for the fields an update changes, kept to settle an answer that was lost. */
export function valuesBefore(c: Campaign, changes: CampaignUpdateInput): Partial<Record<EditField, Normal>> {
  return Object.fromEntries(namedFields(changes).map((f) => [f, campaignValue(c, f)]));
}

export interface ReadBack {
  /** Fields that show the new value. */
  applied: EditField[];
  /** Fields that still show the value from before the update. */
  unchanged: EditField[];
  /** Fields that show neither (changed by someone else, or read back in another form). */
  other: EditField[];
}

/**
 * Compares the campaign as read back with what an update asked for. A start asked for in the past is
 * Exotel's "at once": any start from then on, other than the old one, shows it applied.
 */
export function readBack(c: Campaign, changes: CampaignUpdateInput, before: Partial<Record<EditField, unknown>>): ReadBack {
  const result: ReadBack = { applied: [], unchanged: [], other: [] };
  for (const field of namedFields(changes)) {
    const now = campaignValue(c, field);
    const wanted = requestedValue(changes, field);
    const lateStart =
      field === 'schedule.sendAt' &&
      typeof now === 'number' &&
      typeof wanted === 'number' &&
      now >= wanted &&
      !same(now, before[field] as Normal);
    if (same(now, wanted) || lateStart) result.applied.push(field);
    else if (same(now, before[field] as Normal)) result.unchanged.push(field);
    else result.other.push(field);
  }
  return result;
}

/** The fields of an update that are not callbacks: after send_at, Exotel refuses each of them. */
export function lateRefusals(u: CampaignUpdateInput): EditField[] {
  return namedFields(u).filter((f) => !(CALLBACK_FIELDS as readonly string[]).includes(f));
}
