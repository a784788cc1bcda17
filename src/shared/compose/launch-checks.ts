import { checkCampaignCreate, CampaignCreateInput, EXOTEL_LIMITS } from '../exotel';
import { findReferences } from '../template';
import { buildCreateInput } from './build-input';
import type { CallingHours } from './calling-hours';
import { applyHours, hoursTime } from './hours-check';
import { planCapacity, type CapacityPlan } from './capacity';
import { choosePlan, summaryPlan } from './plan-choice';
import { MAX_PLAN_DAYS, type DayRun } from './day-plan';
import type { DraftFields } from './draft';
import type { AudienceView, CheckIssue, CheckWarning, LaunchCheck, LaunchSummary } from './views';
import { instantToZoned, isValidTimeZone, zonedToInstant } from './zoned-time';
import { checkFlowUrl, checkWebhook } from './urls';
import { CALLBACK_FIELDS, EDIT_FIELD_LABELS } from './campaign-edit';
import { countOf, formatCount } from '../plural';

export interface CheckContext {
  now: Date;
  /** The account's campaign throttle (60 unless Exotel raised it). */
  accountThrottle: number;
  /** The account's ExoPhones; empty when none were entered. */
  callerIds: readonly string[];
  audience: AudienceView;
  /** Names of the account's campaigns and queued launches: a name must be new to find it again. */
  takenNames: ReadonlySet<string>;
  /** The account's country: India's calling hours apply to IN. */
  country: string;
  /** The account's own calling hours; null or absent when it keeps its country's default. */
  accountHours?: CallingHours | null;
  /** The Sandbox places no real calls: it has no hours unless they were set on it. */
  anyTimeByDefault?: boolean;
  /** The draft changes a campaign Exotel already holds: its schedule was settled when it was created. */
  editing?: boolean;
}

const DAY = 24 * 3_600_000;
/** Exotel starts a campaign given no start about a minute after it is created. */
const DEFAULT_START_DELAY = 60_000;

/** Exotel's own rule names mapped to the form's fields. */
const WIRE_TO_FIELD: Record<string, string> = {
  from: 'audience',
  lists: 'audience',
  campaignType: 'audience',
  name: 'name',
  callerId: 'callerId',
  url: 'content.url',
  readViaText: 'content.text',
  throttle: 'throttle',
  'retries.interval_mins': 'retries.intervalMins',
  'retries.intervalMins': 'retries.intervalMins',
  'retries.numberOfRetries': 'retries.count',
  'schedule.end_at': 'schedule.endAt',
  'schedule.endAt': 'schedule.endAt',
  'schedule.sendAt': 'schedule.sendAt',
};

interface Times {
  startsAt: Date;
  endsAt: Date;
}

function checkSchedule(d: DraftFields, now: Date, issues: CheckIssue[]): Times | null {
  const s = d.schedule;
  if (!isValidTimeZone(s.timeZone)) {
    issues.push({ field: 'schedule.timeZone', message: `“${s.timeZone}” is not a time zone; choose one from the list` });
    return null;
  }
  let startsAt = new Date(now.getTime() + DEFAULT_START_DELAY);
  if (s.kind === 'later') {
    const at = zonedToInstant(s.sendAt, s.timeZone);
    if (!at) {
      issues.push({ field: 'schedule.sendAt', message: 'Choose the date and time the calls start' });
      return null;
    }
    if (at.getTime() < now.getTime()) {
      issues.push({ field: 'schedule.sendAt', message: 'This start time has passed: choose a later one, or start now' });
    }
    startsAt = at;
  }
  let endsAt = new Date(startsAt.getTime() + 30 * DAY);
  if (s.endAt) {
    const at = zonedToInstant(s.endAt, s.timeZone);
    if (!at) issues.push({ field: 'schedule.endAt', message: 'The end is not a date and time; clear it to use Exotel’s 30 days' });
    else if (at.getTime() <= startsAt.getTime()) issues.push({ field: 'schedule.endAt', message: 'The end must come after the start' });
    else endsAt = at;
  }
  return { startsAt, endsAt };
}

function checkContent(d: DraftFields, ctx: CheckContext, issues: CheckIssue[], warnings: CheckWarning[]): void {
  const c = d.content;
  if (c.kind === 'flow') {
    const url = checkFlowUrl(c.url);
    if (url.issue) issues.push({ field: 'content.url', message: url.issue });
    if (url.warning) warnings.push({ field: 'content.url', message: url.warning, moveStartTo: null });
    return;
  }
  if (!c.text.trim()) issues.push({ field: 'content.text', message: 'Write the message the contacts will hear' });
  const variables = ctx.audience.route === 'dynamic-list' || ctx.audience.route === 'exotel-lists' ? ctx.audience.variables : [];
  const refs = findReferences(c.text, variables);
  for (const word of refs.unknown) {
    const known = ctx.audience.variables;
    const message =
      known.length === 0
        ? `@@${word} names no variable: ${ctx.audience.label} has no variables, so Exotel would read it out as written`
        : variables.length === 0
          ? `@@${word}: these numbers go to Exotel without variables, so it would be read out as written`
          : `@@${word} is not a variable of ${ctx.audience.label} (its variables: ${known.map((v) => `@@${v}`).join(', ')})`;
    issues.push({ field: 'content.text', message });
  }
  if (ctx.audience.route === 'dynamic-list' && refs.used.length > EXOTEL_LIMITS.maxDynamicVariables) {
    issues.push({
      field: 'content.text',
      message: `A dynamic list carries at most ${EXOTEL_LIMITS.maxDynamicVariables} variables; this message uses ${refs.used.length}`,
    });
  }
  for (const name of refs.used) {
    const empty = ctx.audience.emptyByVariable[name] ?? 0;
    if (empty > 0 && !d.skipEmptyFor.includes(name)) {
      warnings.push({
        field: 'content.text',
        message: `${countOf(empty, 'contact')} ${empty === 1 ? 'has' : 'have'} no ${name}: @@${name} would be silent for them`,
        moveStartTo: null,
      });
    }
  }
}

function checkHow(d: DraftFields, ctx: CheckContext, issues: CheckIssue[], warnings: CheckWarning[]): void {
  const name = d.name.trim();
  if (!name) issues.push({ field: 'name', message: 'Give the campaign a name' });
  else if (name.length <= EXOTEL_LIMITS.minNameLengthExclusive)
    issues.push({ field: 'name', message: 'A campaign name needs more than 3 characters' });
  else if (ctx.takenNames.has(name))
    issues.push({
      field: 'name',
      message: `A campaign named “${name}” exists on this account: choose another name, so this one can be found again`,
    });

  const callerId = d.callerId.trim();
  if (!callerId) issues.push({ field: 'callerId', message: 'Choose the ExoPhone to call from' });
  else if (!/^\+?\d{6,15}$/.test(callerId)) issues.push({ field: 'callerId', message: `“${callerId}” is not a phone number` });
  else if (ctx.callerIds.length > 0 && !ctx.callerIds.includes(callerId)) {
    warnings.push({
      field: 'callerId',
      message: `${callerId} is not one of this account’s ExoPhones; Exotel refuses numbers it does not own`,
      moveStartTo: null,
    });
  }

  if (d.retries.count > 0 && d.retries.onStatus.length === 0)
    issues.push({ field: 'retries.onStatus', message: 'Choose when to retry: busy, no answer or failed' });
  if (d.mode === 'custom' && (d.throttle < 1 || d.throttle > ctx.accountThrottle - 1)) {
    issues.push({
      field: 'throttle',
      message: `Choose 1 to ${ctx.accountThrottle - 1} calls a minute (below the account’s ${ctx.accountThrottle})`,
    });
  }
  for (const field of CALLBACK_FIELDS) {
    const check = checkWebhook(d[field]);
    if (check.issue) issues.push({ field, message: `${EDIT_FIELD_LABELS[field]}: ${check.issue}` });
    else if (check.warning) warnings.push({ field, message: `${EDIT_FIELD_LABELS[field]}: ${check.warning}`, moveStartTo: null });
  }
}

function checkAudience(ctx: CheckContext, issues: CheckIssue[], warnings: CheckWarning[]): void {
  const a = ctx.audience;
  if (a.count === 0)
    issues.push({
      field: 'audience',
      message:
        a.available === 0
          ? 'Choose who to call: a contact list, Exotel lists or numbers'
          : 'Every contact is left out: nobody would be called',
    });
  if (a.invalidCount > 0) {
    warnings.push({
      field: 'audience',
      message: `${countOf(a.invalidCount, 'typed number')} ${a.invalidCount === 1 ? 'is' : 'are'} not valid and will not be called`,
      moveStartTo: null,
    });
  }
}

/** Exotel's own rules, the same the client and the Sandbox apply, on the request the draft would send. */
function exotelRules(d: DraftFields, ctx: CheckContext, issues: CheckIssue[]): void {
  const placeholder =
    ctx.audience.route === 'from'
      ? { from: ['+10000000000'], campaignType: 'static' as const }
      : { lists: ['list'], campaignType: ctx.audience.route === 'static-list' ? ('static' as const) : ('dynamic' as const) };
  const input = buildCreateInput({ ...d, schedule: d.schedule }, placeholder, d.name.trim() || 'draft');
  const parsed = CampaignCreateInput.safeParse(input);
  const found = parsed.success
    ? checkCampaignCreate(parsed.data, ctx.accountThrottle)
    : parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  for (const issue of found) {
    const field = WIRE_TO_FIELD[issue.field] ?? issue.field;
    if (!issues.some((i) => i.field === field)) issues.push({ field, message: issue.message });
  }
}

/** A plan's calls: every number is called on its day, and the last day finishes as a single run would. */
function planOfDays(runs: DayRun[], callsPerMinute: number, retries: DraftFields['retries']): CapacityPlan {
  const numbers = runs.reduce((sum, r) => sum + r.numbers, 0);
  const last = runs.at(-1) as DayRun;
  const lastDay = planCapacity(last.numbers, callsPerMinute, retries, last.sendAt, last.endAt ?? last.sendAt);
  const expectedCalls = runs.reduce(
    (sum, r) => sum + planCapacity(r.numbers, callsPerMinute, retries, r.sendAt, r.sendAt).expectedCalls,
    0,
  );
  return { expectedCalls: Math.max(expectedCalls, numbers), finishAt: lastDay.finishAt, notReachedBeforeEnd: 0 };
}

export function checkLaunch(d: DraftFields, ctx: CheckContext): LaunchCheck {
  const issues: CheckIssue[] = [];
  const warnings: CheckWarning[] = [];
  checkAudience(ctx, issues, warnings);
  checkContent(d, ctx, issues, warnings);
  checkHow(d, ctx, issues, warnings);
  const times = checkSchedule(d, ctx.now, issues);
  exotelRules(d, ctx, issues);

  let summary: LaunchSummary | null = null;
  if (times && ctx.audience.count > 0) {
    const callsPerMinute = d.mode === 'custom' ? d.throttle : ctx.accountThrottle;
    const numbers = ctx.audience.count;
    const hours = applyHours(
      d,
      {
        country: ctx.country,
        accountHours: ctx.accountHours ?? null,
        anyTimeByDefault: ctx.anyTimeByDefault ?? false,
        editing: ctx.editing ?? false,
      },
      times,
      issues,
      warnings,
    );
    const choice = choosePlan(d, {
      hours: hours.inForce,
      startsAt: hours.startsAt,
      endsAtClose: hours.endsAtClose,
      numbers,
      callsPerMinute,
      route: ctx.audience.route,
      editing: ctx.editing ?? false,
    });
    if (choice.tooLong) {
      issues.push({
        field: 'audience',
        message: `At ${countOf(callsPerMinute, 'call')} a minute in the calling hours, these ${formatCount(numbers)} numbers would take more than ${MAX_PLAN_DAYS} calling days: call fewer numbers, raise the calls a minute, or shorten the retries`,
      });
    }
    const runs = choice.runs;
    const last = runs?.at(-1);
    const plan =
      runs && last
        ? planOfDays(runs, callsPerMinute, d.retries)
        : planCapacity(numbers, callsPerMinute, d.retries, hours.startsAt, hours.endsAt);
    const zone = d.schedule.timeZone;
    if (plan.notReachedBeforeEnd > 0) {
      warnings.push({
        field: 'schedule.endAt',
        message: hours.endsAtClose
          ? `About ${formatCount(plan.notReachedBeforeEnd)} of the ${formatCount(numbers)} numbers are expected to be left uncalled when the calling hours close at ${hoursTime(hours.endsAt, hours.zone)}: lower the number of contacts or raise the calls a minute, and call the rest another day`
          : `About ${formatCount(plan.notReachedBeforeEnd)} numbers will not be called before the campaign ends at ${instantToZoned(hours.endsAt, zone).replace('T', ' ')}`,
        moveStartTo: null,
      });
    }
    summary = {
      name: d.name.trim(),
      numbers,
      callerId: d.callerId.trim(),
      startsAt: hours.startsAt.toISOString(),
      endsAt: (last?.endAt ?? hours.endsAt).toISOString(),
      overflow: choice.overflow,
      plan: runs ? summaryPlan(runs, hours.zone) : null,
      hours: hours.hoursText
        ? {
            text: hours.hoursText,
            zone: hours.zone,
            startMoved: hours.startMoved,
            endsAtClose: hours.endsAtClose,
            widenReason: hours.widenReason,
          }
        : null,
      timeZone: zone,
      callsPerMinute,
      retries: {
        count: d.retries.count,
        intervalMins: d.retries.intervalMins,
        mechanism: d.retries.mechanism,
        onStatus: d.retries.onStatus,
      },
      expectedCalls: plan.expectedCalls,
      expectedFinishAt: plan.finishAt.toISOString(),
      notReachedBeforeEnd: plan.notReachedBeforeEnd,
      route: ctx.audience.route,
    };
  }
  return { ready: issues.length === 0, issues, warnings, summary };
}
