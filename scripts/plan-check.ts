import { CallingHours, EVERY_DAY, WEEKDAY_NAMES, accountHours, type HoursInZone } from '../src/shared/compose/calling-hours';
import { MAX_PLAN_DAYS, planDaysWithin } from '../src/shared/compose/day-plan';
import type { RetrySettings } from '../src/shared/compose/draft';
import { defaultTimeZone, isValidTimeZone, toRfc3339InZone, zonedToInstant } from '../src/shared/compose/zoned-time';
import { AppError } from '../src/shared/ipc/result';

/**
 * `campaign:check`'s plan mode: the plan of daily runs the app would make for so many numbers at a rate, from
 * the same planDaysWithin the composer and the launch use, so a plan can be checked without opening the app.
 */

export const PLAN_USAGE =
  'npm run campaign:check -- --numbers N --rate R --start ISO [--country IN] [--hours 09:00-21:00] [--days Mon-Sat] [--retries K] [--interval MINUTES] [--zone ZONE]';

export interface PlanArgs {
  numbers: number;
  callsPerMinute: number;
  startsAt: Date;
  hours: HoursInZone;
  retries: RetrySettings;
}

function usage(message: string): AppError {
  return new AppError('validation', `${message} Use: ${PLAN_USAGE}`, { kind: 'usage' });
}

function wholeNumber(option: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw usage(`${option} takes a whole number from ${min} to ${max}, not “${raw ?? ''}”.`);
  }
  return value;
}

const FULL_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dayIndex(name: string): number {
  const word = name.trim().toLowerCase();
  const index = WEEKDAY_NAMES.findIndex((d, i) => d.toLowerCase() === word || FULL_NAMES[i] === word);
  if (index < 0) throw usage(`--days: “${name}” is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun.`);
  return index;
}

/** "Mon-Sat", "Mon,Wed,Fri", "Sat-Mon" (across the week's end) or "every". */
export function parseDays(text: string): number[] {
  if (/^(every|all|daily)$/i.test(text.trim())) return [...EVERY_DAY];
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined) throw usage(`--days: “${part}” has more than one dash; write a range as Mon-Sat.`);
    const first = dayIndex(from ?? '');
    if (to === undefined) {
      days.add(first);
      continue;
    }
    const last = dayIndex(to);
    for (let d = first; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

function parseStart(raw: string | undefined, zone: string): Date {
  if (!raw) throw usage('--start needs a time such as 2026-12-08T09:00+05:30.');
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/i.test(raw);
  const at = withOffset ? new Date(raw) : zonedToInstant(raw.slice(0, 16), zone);
  if (!at || Number.isNaN(at.getTime()) || (!withOffset && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(raw.slice(0, 16)))) {
    throw usage(`--start: “${raw}” is not a time; write it as 2026-12-08T09:00+05:30 (RFC 3339).`);
  }
  return at;
}

export function parsePlanArgs(argv: string[]): PlanArgs {
  const values = new Map<string, string | undefined>();
  const known = ['--numbers', '--rate', '--start', '--country', '--hours', '--days', '--retries', '--interval', '--zone'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!known.includes(arg)) throw usage(arg.startsWith('--') ? `Unknown option ${arg}.` : `“${arg}” is not an option.`);
    values.set(arg, argv[++i]);
  }
  const numbers = wholeNumber('--numbers', values.get('--numbers'), 1, 10_000_000);
  const callsPerMinute = wholeNumber('--rate', values.get('--rate'), 1, 10_000);
  const country = (values.get('--country') ?? 'IN').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw usage(`--country takes a two-letter code such as IN, not “${country}”.`);
  const zone = values.get('--zone') ?? defaultTimeZone(country);
  if (!isValidTimeZone(zone)) throw usage(`--zone: “${zone}” is not a time zone; write one such as Asia/Kolkata.`);
  const retryCount = values.has('--retries') ? wholeNumber('--retries', values.get('--retries'), 0, 3) : 0;
  const intervalMins = values.has('--interval') ? wholeNumber('--interval', values.get('--interval'), 1, 10_080) : 15;
  const retries: RetrySettings = { count: retryCount, intervalMins, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] };

  const rawHours = values.get('--hours');
  const rawDays = values.get('--days');
  let stored: CallingHours | null = null;
  if (rawHours !== undefined || rawDays !== undefined) {
    const [opens, closes, extra] = (rawHours ?? '09:00-21:00').split('-');
    if (extra !== undefined || !opens || !closes) throw usage(`--hours: “${rawHours ?? ''}” is not a range; write it as 09:00-21:00.`);
    const parsed = CallingHours.safeParse({ opens, closes, days: rawDays === undefined ? [...EVERY_DAY] : parseDays(rawDays) });
    if (!parsed.success) throw usage(`--hours ${rawHours ?? ''}: ${parsed.error.issues[0]?.message ?? 'not valid'}.`);
    stored = parsed.data;
  }
  const hours = { ...accountHours(country, stored, zone), zone };
  return { numbers, callsPerMinute, startsAt: parseStart(values.get('--start'), zone), hours, retries };
}

export interface PlanLine {
  plan: { send_at: string; end_at: string | null; numbers: number }[];
}

export function planLine(args: PlanArgs): PlanLine {
  const runs = planDaysWithin({ ...args }, MAX_PLAN_DAYS);
  if (runs === null) {
    throw new AppError(
      'validation',
      `These numbers would take more than ${MAX_PLAN_DAYS} calling days at ${args.callsPerMinute} a minute.`,
      {
        kind: 'plan-too-long',
      },
    );
  }
  const zone = args.hours.zone;
  return {
    plan: runs.map((r) => ({
      send_at: toRfc3339InZone(r.sendAt, zone),
      end_at: r.endAt ? toRfc3339InZone(r.endAt, zone) : null,
      numbers: r.numbers,
    })),
  };
}
