import { countOf, formatCount } from '../plural';
import { nextOpenSpell, type HoursInZone, type OpenSpell } from './calling-hours';
import { expectedCallsPerNumber, retryWaitMinutes } from './call-load';
import type { RetrySettings } from './draft';
import { instantToZoned } from './zoned-time';
import { zoneShortName } from './zone-name';

/**
 * A campaign bigger than one day's calling hours becomes a plan of daily runs, each a campaign of its own on
 * Exotel that starts when that day's hours open (or at the chosen start) and ends when they close. Pure, so
 * the composer's summary, the launch and `campaign:check` all make the same plan.
 */

export interface DayPlanInput {
  hours: HoursInZone;
  /** The chosen start, or now for "as soon as possible". */
  startsAt: Date;
  numbers: number;
  callsPerMinute: number;
  retries: RetrySettings;
}

export interface DayRun {
  /** 1-based. */
  day: number;
  sendAt: Date;
  /** Null only with no hours limit. */
  endAt: Date | null;
  numbers: number;
  /** 0-based index of the day's first number in the list order. */
  firstNumber: number;
}

/**
 * The share of a day's window planned for. Exotel's own pacing, calls that last longer than a minute and a
 * day with more busy numbers than usual all slow a run down; planning for 90% leaves room for them, so a
 * day's run usually ends before its close rather than leaving numbers behind.
 */
export const PLAN_MARGIN = 0.9;

// Products like 720 × 60 × 0.9 come out a hair under the whole number they stand for.
const EPSILON = 1e-9;

/**
 * Numbers a day's run can take: its first calls and their expected retries at the rate, with the last
 * retries' wait kept inside the day, times the margin; at least 1, so every day moves the list on.
 */
export function numbersForSpell(spell: OpenSpell, callsPerMinute: number, retries: RetrySettings): number {
  const rate = Math.max(1, callsPerMinute);
  const perNumber = expectedCallsPerNumber(retries);
  const wait = perNumber > 1 ? retryWaitMinutes(retries) : 0;
  const minutes = (spell.closesAt.getTime() - spell.opensAt.getTime()) / 60_000 - wait;
  if (minutes <= 0) return 1;
  return Math.max(1, Math.floor((minutes * rate * PLAN_MARGIN) / perNumber + EPSILON));
}

/**
 * More calling days than this is not a plan anyone would launch (a year of daily campaigns), and planning it
 * day by day would hold the screen up, so such a plan is refused rather than made.
 */
export const MAX_PLAN_DAYS = 366;

/** The daily runs, or null when they would take more than `maxDays` calling days. */
export function planDaysWithin(input: DayPlanInput, maxDays: number): DayRun[] | null {
  const total = Math.max(0, Math.floor(input.numbers));
  if (total === 0) return [];
  if (!input.hours.hours) return [{ day: 1, sendAt: input.startsAt, endAt: null, numbers: total, firstNumber: 0 }];
  const runs: DayRun[] = [];
  let from = input.startsAt;
  let firstNumber = 0;
  while (firstNumber < total) {
    if (runs.length >= maxDays) return null;
    const spell = nextOpenSpell(input.hours, from);
    if (!spell) throw new Error('The calling hours have no day to call on: choose at least one day');
    const numbers = Math.min(total - firstNumber, numbersForSpell(spell, input.callsPerMinute, input.retries));
    runs.push({ day: runs.length + 1, sendAt: spell.opensAt, endAt: spell.closesAt, numbers, firstNumber });
    firstNumber += numbers;
    // The next search starts at this day's close, which nextOpenSpell skips as already over.
    from = spell.closesAt;
  }
  return runs;
}

/** The daily runs, in order: the first numbers on day 1, every number in exactly one day, no empty day. */
export function planDays(input: DayPlanInput): DayRun[] {
  return planDaysWithin(input, Number.POSITIVE_INFINITY) ?? [];
}

function dateText(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

/** "09:00–21:00"; a close at the next midnight reads 24:00, as the hours were written. */
function timesText(run: DayRun, zone: string): string {
  const start = instantToZoned(run.sendAt, zone);
  if (!run.endAt) return `from ${start.slice(11)}`;
  const end = instantToZoned(run.endAt, zone);
  const close = end.slice(0, 10) !== start.slice(0, 10) && end.slice(11) === '00:00' ? '24:00' : end.slice(11);
  return `${start.slice(11)}–${close}`;
}

/** "Tue 8 Dec 09:00–21:00 IST", in the zone the hours are read in. */
export function describeDay(run: DayRun, zone: string): string {
  return `${dateText(run.sendAt, zone)} ${timesText(run, zone)} ${zoneShortName(zone, run.sendAt)}`;
}

/**
 * "3 days: Tue 8 Dec 09:00–21:00 IST, 40,000 numbers; Wed 9 Dec, 40,000; Thu 10 Dec, 12,345". A day's
 * times are repeated only when they differ from the day before (a first day that starts after the opening).
 */
export function planSummary(runs: DayRun[], zone: string): string {
  const [first, ...rest] = runs;
  if (!first) return 'No numbers to call';
  const parts = [`${describeDay(first, zone)}, ${countOf(first.numbers, 'number')}`];
  let previous = timesText(first, zone);
  for (const run of rest) {
    const times = timesText(run, zone);
    parts.push(`${dateText(run.sendAt, zone)}${times === previous ? '' : ` ${times}`}, ${formatCount(run.numbers)}`);
    previous = times;
  }
  return `${countOf(runs.length, 'day')}: ${parts.join('; ')}`;
}
