import { instantToZoned, zonedToInstant } from '../compose/zoned-time';
import type { ResultsPeriod } from './schemas';

const DAY_MS = 86_400_000;

/** '2026-12-08' moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every calendar day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The instant a calendar day begins in the zone. */
export function startOfDay(date: string, zone: string): number {
  const at = zonedToInstant(`${date}T00:00`, zone);
  if (!at) throw new RangeError(`“${date}” is not a day in ${zone}`);
  return at.getTime();
}

export interface PeriodSpan {
  from: string;
  to: string;
  /** From the start of `from` up to, not including, the start of the day after `to`. */
  fromMs: number;
  toMs: number;
}

/** The days a period covers as the zone's calendar reads them: a week starts on Monday. */
export function periodSpan(period: ResultsPeriod, now: Date, zone: string): PeriodSpan {
  const today = instantToZoned(now, zone).slice(0, 10);
  let from: string;
  let to = today;
  if (period.kind === 'week') {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    from = addDays(today, -((weekday + 6) % 7));
  } else if (period.kind === 'last30') {
    from = addDays(today, -29);
  } else {
    from = period.from;
    to = period.to;
  }
  return { from, to, fromMs: startOfDay(from, zone), toMs: startOfDay(addDays(to, 1), zone) };
}

/** "1–7 Dec 2026", "28 Nov – 4 Dec 2026" for headings. */
export function describeSpan(from: string, to: string): string {
  const f = new Date(`${from}T00:00:00Z`);
  const t = new Date(`${to}T00:00:00Z`);
  const day = (d: Date, withMonth: boolean, withYear: boolean) =>
    d.toLocaleDateString('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: withMonth ? 'short' : undefined,
      year: withYear ? 'numeric' : undefined,
    });
  if (from === to) return day(f, true, true);
  const sameYear = f.getUTCFullYear() === t.getUTCFullYear();
  const sameMonth = sameYear && f.getUTCMonth() === t.getUTCMonth();
  return sameMonth ? `${day(f, false, false)}–${day(t, true, true)}` : `${day(f, true, !sameYear)} – ${day(t, true, true)}`;
}
