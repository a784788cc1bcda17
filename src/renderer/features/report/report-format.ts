import { formatDateTime } from '../../lib/format';

// formatDateTime leaves out the date for today's times; a report is read on other days, so it always says it.
const LONG_AGO = new Date(0);

/** "8 Dec 2026 10:30 IST", in the zone the report is read in. */
export function reportDateTime(iso: string | null, timeZone: string): string {
  return iso ? formatDateTime(iso, { timeZone, now: LONG_AGO }) : '—';
}

/** "1 min 05 s", "42 s". */
export function talkTime(seconds: number | null): string {
  if (seconds === null) return '—';
  const whole = Math.round(seconds);
  const min = Math.floor(whole / 60);
  const sec = whole % 60;
  return min === 0 ? `${sec} s` : `${min} min ${String(sec).padStart(2, '0')} s`;
}

/** A share with one decimal ("41.3%"), or "—" when there is nothing to share out. */
export function share(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}
