/**
 * Numbers and times as staff read them: counts grouped as main writes them (shared/plural.ts), clock times in
 * 24-hour form with their zone ("10:30 IST"), dates short and unambiguous ("27 Nov 10:30 IST").
 */
import { countOf, formatCount, nounOf } from '../../shared/plural';
import { zoneShortName } from '../../shared/compose/zone-name';

export { countOf, formatCount, nounOf };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatPercent(done: number, total: number): string {
  if (total <= 0) return '0%';
  return `${Math.floor((done / total) * 100)}%`;
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function zoneName(date: Date, timeZone: string): string {
  return zoneShortName(timeZone, date);
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function partsOf(date: Date, timeZone: string): Parts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

export interface TimeOptions {
  timeZone?: string;
  /** The moment "today" is judged against; injectable so tests do not depend on the clock. */
  now?: Date;
}

/** "10:30 IST". */
export function formatTime(iso: string | Date, options: TimeOptions = {}): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '—';
  const timeZone = options.timeZone ?? localTimeZone();
  const p = partsOf(date, timeZone);
  return `${p.hour}:${p.minute} ${zoneName(date, timeZone)}`;
}

/** "10:30 IST" today, "27 Nov 10:30 IST" this year, "27 Nov 2025 10:30 IST" before. */
export function formatDateTime(iso: string | Date, options: TimeOptions = {}): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '—';
  const timeZone = options.timeZone ?? localTimeZone();
  const p = partsOf(date, timeZone);
  const today = partsOf(options.now ?? new Date(), timeZone);
  const time = `${p.hour}:${p.minute} ${zoneName(date, timeZone)}`;
  if (p.year === today.year && p.month === today.month && p.day === today.day) return time;
  if (p.year === today.year) return `${p.day} ${p.month} ${time}`;
  return `${p.day} ${p.month} ${p.year} ${time}`;
}
