import {
  accountHours,
  CallingHours,
  describeHours,
  narrowingProblem,
  nextOpenSpell,
  widensIndiaHours,
  type HoursInZone,
} from './calling-hours';
import type { DraftFields, ScheduleSettings } from './draft';
import type { CheckIssue, CheckWarning, LaunchSummary } from './views';
import { instantToZoned } from './zoned-time';

/** What the hours did to a schedule, for the summary and for the campaign that is created. */
export interface HoursOutcome {
  startsAt: Date;
  endsAt: Date;
  /** The hours in force, in words ("09:00–21:00, every day"), or null when calls may go at any time. */
  hoursText: string | null;
  zone: string;
  /** The start was outside the hours and moved to their next opening. */
  startMoved: boolean;
  /** The campaign ends when the day's hours close. */
  endsAtClose: boolean;
  /** Why an Indian campaign may call outside 09:00–21:00; '' when it does not. */
  widenReason: string;
  /** The hours the campaign keeps, for a plan of daily runs made from them. */
  inForce: HoursInZone;
}

export interface HoursContext {
  country: string;
  /** The account's own hours; null when it keeps its country's default. */
  accountHours: CallingHours | null;
  /** No hours unless the account set them (the Sandbox). */
  anyTimeByDefault?: boolean;
  /** Changes to a campaign already on Exotel keep its schedule as it was made. */
  editing?: boolean;
}

const ABBREVIATION: Record<string, string> = { 'Asia/Kolkata': 'IST' };

/** "Wed 9 Dec 09:00 IST" in the zone the hours are read in. */
export function hoursTime(at: Date, zone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' })
    .format(at)
    .replace(',', '');
  return `${day} ${instantToZoned(at, zone).slice(11)} ${ABBREVIATION[zone] ?? zone}`;
}

/** The hours the campaign keeps: its own when it narrows them, else the account's; issues name the field. */
function hoursInForce(d: DraftFields, ctx: HoursContext, zone: string, issues: CheckIssue[]): HoursInZone {
  const account = accountHours(ctx.country, ctx.accountHours, zone, !ctx.anyTimeByDefault);
  if (!d.hours) return account;
  const parsed = CallingHours.safeParse(d.hours);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ field: `hours.${i.path.map(String).join('.')}`, message: i.message });
    return account;
  }
  const own = parsed.data;
  const india = ctx.country.toUpperCase() === 'IN';
  if (india && widensIndiaHours(own) && !own.widenReason) {
    issues.push({
      field: 'hours.widenReason',
      message:
        'India allows these calls only from 09:00 to 21:00 IST; to call outside them, say why they are allowed (for example, service calls the customer asked for)',
    });
  }
  // India's default gives way to a stated reason (asked for above); hours the account chose itself always bind.
  const problem = narrowingProblem(own, ctx.accountHours);
  if (problem) issues.push({ field: 'hours.opens', message: problem });
  return { hours: own, zone: account.zone };
}

/**
 * Keeps a single campaign inside its hours: a start outside them moves to the next opening, the end is the
 * close of that day's hours, and an end the user chose past the close is refused.
 */
export function applyHours(
  d: DraftFields,
  ctx: HoursContext,
  times: { startsAt: Date; endsAt: Date },
  issues: CheckIssue[],
  warnings: CheckWarning[],
): HoursOutcome {
  const h = hoursInForce(d, ctx, d.schedule.timeZone, issues);
  const reason = d.hours?.widenReason?.trim() ?? ctx.accountHours?.widenReason ?? '';
  const plain: HoursOutcome = {
    ...times,
    hoursText: null,
    zone: h.zone,
    startMoved: false,
    endsAtClose: false,
    widenReason: '',
    inForce: h,
  };
  if (!h.hours || ctx.editing) return plain;
  const spell = nextOpenSpell(h, times.startsAt);
  if (!spell) return plain;
  const startMoved = spell.opensAt.getTime() > times.startsAt.getTime();
  const hoursText = describeHours(h.hours);
  if (startMoved) {
    warnings.push({
      field: 'schedule.sendAt',
      message: `Calls go only during the calling hours (${hoursText}, ${ABBREVIATION[h.zone] ?? h.zone}): the campaign will start at ${hoursTime(spell.opensAt, h.zone)}`,
      moveStartTo: d.schedule.kind === 'later' ? instantToZoned(spell.opensAt, d.schedule.timeZone) : null,
    });
  }
  let endsAt = spell.closesAt;
  let endsAtClose = true;
  if (d.schedule.endAt && startMoved && times.endsAt.getTime() <= spell.opensAt.getTime()) {
    issues.push({
      field: 'schedule.endAt',
      message: `This end comes before the calling hours open at ${hoursTime(spell.opensAt, h.zone)}: choose a later end, or clear it to stop at the close`,
    });
  } else if (d.schedule.endAt && times.endsAt.getTime() < spell.closesAt.getTime()) {
    endsAt = times.endsAt;
    endsAtClose = false;
  } else if (d.schedule.endAt && times.endsAt.getTime() > spell.closesAt.getTime()) {
    issues.push({
      field: 'schedule.endAt',
      message: `This end is after the calling hours close at ${hoursTime(spell.closesAt, h.zone)}: choose that time or earlier, or clear the end to stop at the close`,
    });
  }
  const widened = ctx.country.toUpperCase() === 'IN' && widensIndiaHours(h.hours);
  return {
    startsAt: spell.opensAt,
    endsAt,
    hoursText,
    zone: h.zone,
    startMoved,
    endsAtClose,
    widenReason: widened ? reason : '',
    inForce: h,
  };
}

/**
 * The schedule the created campaign carries: the moved start as its send_at and the close as its end_at,
 * so what Exotel holds is what the summary said. Unchanged when no hours apply.
 */
export function scheduleWithinHours(schedule: ScheduleSettings, summary: LaunchSummary): ScheduleSettings {
  const hours = summary.hours;
  if (!hours) return schedule;
  const zone = schedule.timeZone;
  const endAt = instantToZoned(new Date(summary.endsAt), zone);
  if (hours.startMoved) return { kind: 'later', sendAt: instantToZoned(new Date(summary.startsAt), zone), endAt, timeZone: zone };
  // A start inside the hours stays as the user set it ("now" keeps Exotel's own start).
  return { ...schedule, endAt };
}
