import { z } from 'zod';
import { IST, instantToZoned, zonedToInstant } from './zoned-time';

/**
 * Calling hours: the times of day and the days of the week a campaign may call, in one zone (the
 * recipient's for India, the account's elsewhere). Pure, so a plan of daily runs can be built from the
 * same rules the single launch keeps.
 */

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Days of the week as JavaScript numbers them: 0 is Sunday. */
export const Weekday = z.number().int().min(0).max(6);

export const CallingHours = z
  .object({
    opens: z.string().regex(CLOCK, 'Write the opening as HH:MM, such as 09:00'),
    closes: z.string().regex(CLOCK, 'Write the close as HH:MM, such as 21:00'),
    days: z.array(Weekday).min(1, 'Choose at least one day to call on').max(7),
    /** Why calls outside India's 09:00–21:00 are allowed; '' when they stay inside. */
    widenReason: z.string().trim().max(200).default(''),
  })
  .refine((h) => h.opens < h.closes, { path: ['closes'], message: 'The close must come after the opening' });
export type CallingHours = z.infer<typeof CallingHours>;

export const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];
export const MONDAY_TO_SATURDAY: readonly number[] = [1, 2, 3, 4, 5, 6];
export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** India's regulator allows such calls only from 09:00 to 21:00 recipient time. */
export const INDIA_HOURS: CallingHours = { opens: '09:00', closes: '21:00', days: [...EVERY_DAY], widenReason: '' };

/** Hours in force and the zone they are read in; `hours` null means calls may go at any time. */
export interface HoursInZone {
  hours: CallingHours | null;
  zone: string;
}

/**
 * The account's hours: what it stored, else India's for IN and no limit elsewhere. India's are read in
 * India's zone whatever the account's own zone is, because the rule is about the recipient's clock.
 */
export function accountHours(country: string, stored: CallingHours | null, accountZone: string, limitByDefault = true): HoursInZone {
  const india = country.toUpperCase() === 'IN';
  return { hours: stored ?? (india && limitByDefault ? INDIA_HOURS : null), zone: india ? IST : accountZone };
}

/** True when the hours reach before 09:00 or after 21:00, which India allows only with a stated reason. */
export function widensIndiaHours(hours: CallingHours): boolean {
  return hours.opens < INDIA_HOURS.opens || hours.closes > INDIA_HOURS.closes;
}

/** When one campaign's hours go outside the account's: the field and why, or null when they fit. */
export function narrowingProblem(campaign: CallingHours, account: CallingHours | null): string | null {
  if (!account) return null;
  if (campaign.opens < account.opens || campaign.closes > account.closes) {
    return `The account calls only from ${account.opens} to ${account.closes}; choose hours inside them, or change the account’s hours`;
  }
  const outside = campaign.days.filter((d) => !account.days.includes(d));
  if (outside.length > 0)
    return `The account does not call on ${outside.map((d) => WEEKDAY_NAMES[d]).join(', ')}; leave ${outside.length === 1 ? 'it' : 'them'} out, or change the account’s days`;
  return null;
}

const DAY_MS = 86_400_000;

/** '2026-12-08' moved by whole days, as a calendar date (no zone involved). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The instant a calendar date's clock time names in the zone; 24:00 is the next day's midnight. */
function at(date: string, clock: string, zone: string): Date {
  const local = clock === '24:00' ? `${addDays(date, 1)}T00:00` : `${date}T${clock}`;
  return zonedToInstant(local, zone) as Date;
}

/** One day's calling: from its opening to its close. */
export interface OpenSpell {
  opensAt: Date;
  closesAt: Date;
}

/**
 * The day's calling that `from` falls in, or the next one after it: the start is `from` itself when the
 * hours are open then. Null only when the hours have no day at all (which the schema refuses).
 */
export function nextOpenSpell(h: HoursInZone, from: Date): OpenSpell | null {
  if (!h.hours) return { opensAt: from, closesAt: new Date(8.64e15) };
  const hours = h.hours;
  const today = instantToZoned(from, h.zone).slice(0, 10);
  // Eight days cover a week of closed days plus the day the search starts on.
  for (let i = -1; i <= 8; i++) {
    const date = addDays(today, i);
    if (!hours.days.includes(weekdayOf(date))) continue;
    const opensAt = at(date, hours.opens, h.zone);
    const closesAt = at(date, hours.closes, h.zone);
    if (closesAt.getTime() <= from.getTime()) continue;
    return { opensAt: opensAt.getTime() > from.getTime() ? opensAt : from, closesAt };
  }
  return null;
}

/** True when a call may go at that instant. */
export function isOpenAt(h: HoursInZone, instant: Date): boolean {
  const spell = nextOpenSpell(h, instant);
  return spell !== null && spell.opensAt.getTime() === instant.getTime();
}

/** The first moment at or after `from` when calls may go. */
export function nextOpening(h: HoursInZone, from: Date): Date | null {
  return nextOpenSpell(h, from)?.opensAt ?? null;
}

/** The close of the day's hours a start at `startsAt` (or the next opening after it) calls in. */
export function closeOfDay(h: HoursInZone, startsAt: Date): Date | null {
  return h.hours ? (nextOpenSpell(h, startsAt)?.closesAt ?? null) : null;
}

/** First calls that fit between the start and the day's close at the rate (one a minute at least). */
export function numbersThatFit(spell: OpenSpell, callsPerMinute: number): number {
  return Math.floor(((spell.closesAt.getTime() - spell.opensAt.getTime()) / 60_000) * Math.max(1, callsPerMinute));
}

/** "09:00–21:00, Mon–Sat" for the screens. */
export function describeHours(hours: CallingHours | null): string {
  if (!hours) return 'Any time, every day';
  const days =
    hours.days.length === 7
      ? 'every day'
      : sameDays(hours.days, MONDAY_TO_SATURDAY)
        ? 'Monday to Saturday'
        : [...hours.days]
            .sort()
            .map((d) => WEEKDAY_NAMES[d])
            .join(', ');
  return `${hours.opens}–${hours.closes}, ${days}`;
}

export function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}
