/**
 * Wall-clock times in a named zone. Exotel converts no zones: every time goes with its offset, and the
 * composer lets the user pick the zone, so these turn "10:00 in Asia/Kolkata" into an instant and back.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(at: Date, timeZone: string): Fields {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (330 for India). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const f = fieldsAt(at, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time ('2026-12-01T10:00') names in the zone; null when the text is not such a time. */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Two rounds settle the offset even across a daylight-saving change.
  let at = wall - zoneOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  at = wall - zoneOffsetMinutes(timeZone, new Date(at)) * 60_000;
  return new Date(at);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The wall-clock time ('2026-12-01T10:00') of an instant in the zone. */
export function instantToZoned(at: Date, timeZone: string): string {
  const f = fieldsAt(at, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** RFC 3339 with the zone's offset, as Exotel wants it: '2026-12-01T10:00:00+05:30'. */
export function toRfc3339InZone(at: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, at);
  const sign = offset < 0 ? '-' : '+';
  return `${instantToZoned(at, timeZone)}:${pad(fieldsAt(at, timeZone).second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** India's zone: the calling window and the summary's second clock are in it. */
export const IST = 'Asia/Kolkata';

const COUNTRY_ZONES: Record<string, string> = {
  IN: IST,
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  ID: 'Asia/Jakarta',
  PH: 'Asia/Manila',
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  GB: 'Europe/London',
  US: 'America/New_York',
};

/** The zone an account in that country most likely works in; the user can always choose another. */
export function defaultTimeZone(country: string): string {
  return COUNTRY_ZONES[country.toUpperCase()] ?? 'UTC';
}
