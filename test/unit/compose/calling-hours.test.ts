import { describe, expect, it } from 'vitest';
import {
  accountHours,
  CallingHours,
  closeOfDay,
  INDIA_HOURS,
  isOpenAt,
  MONDAY_TO_SATURDAY,
  narrowingProblem,
  nextOpening,
  nextOpenSpell,
  numbersThatFit,
  widensIndiaHours,
} from '../../../src/shared/compose/calling-hours';

const india = accountHours('IN', null, 'Asia/Kolkata');
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('calling hours in India (09:00–21:00 IST, every day by default)', () => {
  it('keeps a start inside the hours and closes at 21:00 IST the same day', () => {
    const start = new Date('2026-12-08T05:00:00Z'); // Tue 10:30 IST
    expect(isOpenAt(india, start)).toBe(true);
    expect(iso(nextOpening(india, start))).toBe(start.toISOString());
    expect(iso(closeOfDay(india, start))).toBe('2026-12-08T15:30:00.000Z'); // 21:00 IST
  });

  it('moves a start after the close across the day boundary to 09:00 IST next morning', () => {
    const late = new Date('2026-12-08T17:00:00Z'); // Tue 22:30 IST
    expect(isOpenAt(india, late)).toBe(false);
    expect(iso(nextOpening(india, late))).toBe('2026-12-09T03:30:00.000Z'); // Wed 09:00 IST
    expect(iso(closeOfDay(india, late))).toBe('2026-12-09T15:30:00.000Z');
  });

  it('moves a start after midnight IST (still the previous day in UTC) to 09:00 IST that day', () => {
    const night = new Date('2026-12-08T19:00:00Z'); // Wed 00:30 IST
    expect(iso(nextOpening(india, night))).toBe('2026-12-09T03:30:00.000Z');
  });

  it('reads India’s hours in IST even when the account works in another zone', () => {
    const h = accountHours('IN', null, 'Asia/Singapore');
    expect(h.zone).toBe('Asia/Kolkata');
    expect(iso(nextOpening(h, new Date('2026-12-08T01:00:00Z')))).toBe('2026-12-08T03:30:00.000Z');
  });

  it('counts how many first calls fit before the close', () => {
    const spell = nextOpenSpell(india, new Date('2026-12-08T13:30:00Z')); // 19:00 IST: two hours left
    expect(spell && numbersThatFit(spell, 60)).toBe(7_200);
    expect(spell && numbersThatFit(spell, 10)).toBe(1_200);
  });
});

describe('days of the week', () => {
  const monSat = accountHours('IN', { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] }, 'Asia/Kolkata');

  it('skips Sunday: a Saturday-night start opens on Monday morning', () => {
    const satNight = new Date('2026-12-12T16:00:00Z'); // Sat 12 Dec 21:30 IST
    expect(iso(nextOpening(monSat, satNight))).toBe('2026-12-14T03:30:00.000Z'); // Mon 14 Dec 09:00 IST
  });

  it('is closed all Sunday, and a Sunday-noon start moves to Monday', () => {
    const sunNoon = new Date('2026-12-13T06:30:00Z');
    expect(isOpenAt(monSat, sunNoon)).toBe(false);
    expect(iso(nextOpening(monSat, sunNoon))).toBe('2026-12-14T03:30:00.000Z');
  });

  it('finds the one chosen day a week ahead, across a change of month', () => {
    const wednesdays = accountHours('IN', { ...INDIA_HOURS, days: [3] }, 'Asia/Kolkata');
    const thuAfter = new Date('2026-12-31T06:00:00Z'); // Thu 31 Dec
    expect(iso(nextOpening(wednesdays, thuAfter))).toBe('2027-01-06T03:30:00.000Z'); // Wed 6 Jan 09:00 IST
  });
});

describe('zones other than India', () => {
  it('has no limit by default outside India', () => {
    const sg = accountHours('SG', null, 'Asia/Singapore');
    expect(sg.hours).toBeNull();
    const night = new Date('2026-12-08T18:00:00Z');
    expect(isOpenAt(sg, night)).toBe(true);
    expect(closeOfDay(sg, night)).toBeNull();
  });

  it('keeps the wall-clock hours across a daylight-saving change (London, 29 March 2026)', () => {
    const london = accountHours('GB', { opens: '09:00', closes: '17:00', days: [0, 1, 2, 3, 4, 5, 6], widenReason: '' }, 'Europe/London');
    // Saturday 28 March: GMT, 09:00 is 09:00 UTC.
    expect(iso(nextOpening(london, new Date('2026-03-28T06:00:00Z')))).toBe('2026-03-28T09:00:00.000Z');
    // Sunday 29 March: BST, 09:00 is 08:00 UTC and 17:00 is 16:00 UTC.
    const sunday = new Date('2026-03-28T20:00:00Z');
    expect(iso(nextOpening(london, sunday))).toBe('2026-03-29T08:00:00.000Z');
    expect(iso(closeOfDay(london, sunday))).toBe('2026-03-29T16:00:00.000Z');
  });

  it('lets the hours run to midnight with 24:00', () => {
    const late = accountHours('GB', { opens: '18:00', closes: '24:00', days: [1], widenReason: '' }, 'Europe/London');
    expect(iso(closeOfDay(late, new Date('2026-12-07T19:00:00Z')))).toBe('2026-12-08T00:00:00.000Z');
  });
});

describe('the rules on hours', () => {
  it('refuses a close before the opening and no days at all, naming the field', () => {
    const bad = CallingHours.safeParse({ opens: '19:00', closes: '10:00', days: [1] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['closes']);
    const none = CallingHours.safeParse({ opens: '09:00', closes: '10:00', days: [] });
    expect(none.error?.issues[0]?.path).toEqual(['days']);
  });

  it('knows when hours go beyond India’s 09:00–21:00', () => {
    expect(widensIndiaHours({ ...INDIA_HOURS, opens: '10:00', closes: '19:00' })).toBe(false);
    expect(widensIndiaHours({ ...INDIA_HOURS, closes: '21:30' })).toBe(true);
    expect(widensIndiaHours({ ...INDIA_HOURS, opens: '08:00' })).toBe(true);
  });

  it('says when a campaign’s hours or days go outside the account’s', () => {
    const account = { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] };
    expect(narrowingProblem({ ...INDIA_HOURS, opens: '10:00', closes: '19:00', days: [1, 2] }, account)).toBeNull();
    expect(narrowingProblem({ ...INDIA_HOURS, closes: '22:00', days: [1] }, account)).toMatch(/09:00 to 21:00/);
    expect(narrowingProblem({ ...INDIA_HOURS, days: [0, 1] }, account)).toMatch(/does not call on Sun/);
  });
});
