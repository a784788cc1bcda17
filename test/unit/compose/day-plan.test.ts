import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountHours,
  closeOfDay,
  EVERY_DAY,
  INDIA_HOURS,
  isOpenAt,
  MONDAY_TO_SATURDAY,
  type CallingHours,
  type HoursInZone,
} from '../../../src/shared/compose/calling-hours';
import { describeDay, PLAN_MARGIN, planDays, planSummary, type DayPlanInput } from '../../../src/shared/compose/day-plan';
import type { RetrySettings } from '../../../src/shared/compose/draft';
import { mulberry32 } from '../../support/seeded-random';

const NO_RETRIES: RetrySettings = { count: 0, intervalMins: 10, mechanism: 'Linear', onStatus: [] };
const ONE_RETRY: RetrySettings = { count: 1, intervalMins: 10, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] };
const india = accountHours('IN', null, 'Asia/Kolkata');
const TUE_0900_IST = new Date('2026-12-08T03:30:00Z');

function plan(over: Partial<DayPlanInput> = {}) {
  return planDays({ hours: india, startsAt: TUE_0900_IST, numbers: 1000, callsPerMinute: 60, retries: NO_RETRIES, ...over });
}

/** The runs as people read them: the day, its times in the zone and its count. */
function days(input: Partial<DayPlanInput> = {}, zone = 'Asia/Kolkata') {
  return plan(input).map((r) => [describeDay(r, zone), r.numbers]);
}

// The plan must read India's hours in IST however the computer running it keeps its clock.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('a plan of daily runs inside India’s 09:00–21:00 IST', () => {
  it('splits the numbers in list order over the days, each ending at that day’s close', () => {
    // 12 hours at 60 a minute is 43,200 first calls; 90% of it is planned for: 38,880 a day.
    const runs = plan({ numbers: 1_00_000 });
    expect(runs.map((r) => [r.day, r.sendAt.toISOString(), r.endAt?.toISOString(), r.numbers, r.firstNumber])).toEqual([
      [1, '2026-12-08T03:30:00.000Z', '2026-12-08T15:30:00.000Z', 38_880, 0],
      [2, '2026-12-09T03:30:00.000Z', '2026-12-09T15:30:00.000Z', 38_880, 38_880],
      [3, '2026-12-10T03:30:00.000Z', '2026-12-10T15:30:00.000Z', 22_240, 77_760],
    ]);
    expect(planSummary(runs, 'Asia/Kolkata')).toBe(
      '3 days: Tue 8 Dec 09:00–21:00 IST, 38,880 numbers; Wed 9 Dec, 38,880; Thu 10 Dec, 22,240',
    );
  });

  it('makes one day when the numbers fit, with Indian digit grouping', () => {
    const runs = plan({ numbers: 3_00_000, callsPerMinute: 500 });
    expect(runs).toHaveLength(1);
    expect(planSummary(runs, 'Asia/Kolkata')).toBe('1 day: Tue 8 Dec 09:00–21:00 IST, 3,00,000 numbers');
  });

  it('keeps a start inside the hours and plans that first day for what is left of it', () => {
    const runs = plan({ numbers: 50_000, startsAt: new Date('2026-12-08T08:30:00Z') }); // 14:00 IST
    expect(runs[0]?.sendAt.toISOString()).toBe('2026-12-08T08:30:00.000Z');
    // 7 hours left: 420 × 60 × 0.9.
    expect(runs.map((r) => r.numbers)).toEqual([22_680, 27_320]);
    expect(planSummary(runs, 'Asia/Kolkata')).toBe('2 days: Tue 8 Dec 14:00–21:00 IST, 22,680 numbers; Wed 9 Dec 09:00–21:00, 27,320');
  });

  it.each([
    ['before the opening', '2026-12-08T01:30:00Z', 'Tue 8 Dec 09:00–21:00 IST'],
    ['after the close', '2026-12-08T17:00:00Z', 'Wed 9 Dec 09:00–21:00 IST'],
    ['after midnight IST, still the day before in UTC', '2026-12-08T19:00:00Z', 'Wed 9 Dec 09:00–21:00 IST'],
  ])('moves a start %s to the next opening', (_, start, first) => {
    expect(days({ startsAt: new Date(start) })).toEqual([[first, 1000]]);
  });

  it('skips a day the hours do not call on, across a change of month', () => {
    const monToSat: HoursInZone = { hours: { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] }, zone: 'Asia/Kolkata' };
    // 10 a minute: 720 × 10 × 0.9 = 6,480 a day. Sat 28 Nov, (Sunday skipped), Mon 30 Nov, Tue 1 Dec, Wed 2 Dec.
    const runs = planDays({
      hours: monToSat,
      startsAt: new Date('2026-11-28T03:30:00Z'),
      numbers: 3 * 6_480 + 5,
      callsPerMinute: 10,
      retries: NO_RETRIES,
    });
    expect(runs.map((r) => [describeDay(r, 'Asia/Kolkata'), r.numbers])).toEqual([
      ['Sat 28 Nov 09:00–21:00 IST', 6_480],
      ['Mon 30 Nov 09:00–21:00 IST', 6_480],
      ['Tue 1 Dec 09:00–21:00 IST', 6_480],
      ['Wed 2 Dec 09:00–21:00 IST', 5],
    ]);
  });

  it('moves a start on a closed day to the next calling day', () => {
    const monToSat: HoursInZone = { hours: { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] }, zone: 'Asia/Kolkata' };
    const sunday = new Date('2026-12-13T05:00:00Z'); // Sun 10:30 IST
    expect(plan({ hours: monToSat, startsAt: sunday }).map((r) => describeDay(r, 'Asia/Kolkata'))).toEqual(['Mon 14 Dec 09:00–21:00 IST']);
  });

  it('leaves exactly 1 number on the last day when the rate leaves a remainder of one', () => {
    const runs = plan({ numbers: 2 * 38_880 + 1 });
    expect(runs.map((r) => r.numbers)).toEqual([38_880, 38_880, 1]);
    expect(runs[2]?.firstNumber).toBe(77_760);
  });

  it('plans fewer numbers a day when retries are due, keeping the last retry inside the day', () => {
    // 1.28 calls a number (28% busy or unanswered, retried once) and the retry's 10 minutes kept before the close:
    // (720 − 10) × 60 × 0.9 ÷ 1.28 = 29,953.
    expect(plan({ numbers: 60_000, retries: ONE_RETRY }).map((r) => r.numbers)).toEqual([29_953, 29_953, 94]);
  });

  it('plans for the margin, not the whole window', () => {
    expect(PLAN_MARGIN).toBeGreaterThan(0.5);
    expect(PLAN_MARGIN).toBeLessThan(1);
    // 40,000 would fill 12 hours at 60 a minute all but 53 minutes: past the margin, so it takes two days.
    expect(plan({ numbers: 40_000 }).map((r) => r.numbers)).toEqual([38_880, 1_120]);
    expect(plan({ numbers: 38_880 })).toHaveLength(1);
  });

  it('still moves on by one number a day when a day cannot hold one', () => {
    const late = new Date('2026-12-08T15:25:00Z'); // 20:55 IST, a 10-minute retry cannot fit before 21:00
    expect(plan({ numbers: 2, startsAt: late, callsPerMinute: 1, retries: ONE_RETRY }).map((r) => r.numbers)).toEqual([1, 1]);
  });
});

describe('hours in other zones and no hours', () => {
  it('reads an account’s own hours in its own zone', () => {
    const office: CallingHours = { opens: '09:00', closes: '18:00', days: [1, 2, 3, 4, 5], widenReason: '' };
    const sg = accountHours('SG', office, 'Asia/Singapore');
    // Fri 11 Dec 17:00 SGT: one hour left, then Monday (the weekend is skipped).
    const runs = planDays({
      hours: sg,
      startsAt: new Date('2026-12-11T09:00:00Z'),
      numbers: 5_000,
      callsPerMinute: 60,
      retries: NO_RETRIES,
    });
    expect(runs.map((r) => [describeDay(r, 'Asia/Singapore'), r.numbers])).toEqual([
      ['Fri 11 Dec 17:00–18:00 SGT', 3_240],
      ['Mon 14 Dec 09:00–18:00 SGT', 1_760],
    ]);
    expect(runs[1]?.sendAt.toISOString()).toBe('2026-12-14T01:00:00.000Z');
  });

  it('reads India’s hours in IST even for an account that works in another zone', () => {
    const runs = planDays({
      hours: accountHours('IN', null, 'Asia/Singapore'),
      startsAt: new Date('2026-12-08T01:00:00Z'),
      numbers: 10,
      callsPerMinute: 60,
      retries: NO_RETRIES,
    });
    expect(runs[0]?.sendAt.toISOString()).toBe('2026-12-08T03:30:00.000Z');
  });

  it('writes a close at midnight as 24:00', () => {
    const allDay: HoursInZone = { hours: { opens: '00:00', closes: '24:00', days: [...EVERY_DAY], widenReason: '' }, zone: 'UTC' };
    const runs = planDays({
      hours: allDay,
      startsAt: new Date('2026-12-08T10:30:00Z'),
      numbers: 2_000,
      callsPerMinute: 1,
      retries: NO_RETRIES,
    });
    expect(runs.map((r) => describeDay(r, 'UTC'))).toEqual(['Tue 8 Dec 10:30–24:00 UTC', 'Wed 9 Dec 00:00–24:00 UTC']);
    expect(runs.map((r) => r.numbers)).toEqual([729, 1_271]);
  });

  it('makes one run from the start with no end when there are no hours', () => {
    const anyTime: HoursInZone = { hours: null, zone: 'UTC' };
    const start = new Date('2026-12-08T22:15:00Z');
    const runs = plan({ hours: anyTime, startsAt: start, numbers: 5_00_000 });
    expect(runs).toEqual([{ day: 1, sendAt: start, endAt: null, numbers: 5_00_000, firstNumber: 0 }]);
    expect(describeDay(runs[0]!, 'UTC')).toBe('Tue 8 Dec from 22:15 UTC');
  });

  it('makes no plan for no numbers', () => {
    expect(plan({ numbers: 0 })).toEqual([]);
    expect(planSummary([], 'Asia/Kolkata')).toBe('No numbers to call');
  });
});

describe('every number in exactly one day', () => {
  const HOURS: CallingHours[] = [
    INDIA_HOURS,
    { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] },
    { opens: '10:00', closes: '19:00', days: [1, 3, 5], widenReason: '' },
    { opens: '08:30', closes: '09:15', days: [0, 6], widenReason: '' },
  ];
  const ZONES = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'Asia/Singapore'];

  it('holds for many seeded inputs: in order, no empty day, each inside its hours', () => {
    const random = mulberry32(20);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let n = 0; n < 150; n++) {
      const hours: HoursInZone = { hours: pick(HOURS), zone: pick(ZONES) };
      const retries: RetrySettings = {
        count: Math.floor(random() * 4),
        // Short enough for the last retry to fit inside the shortest day below (45 minutes).
        intervalMins: 1 + Math.floor(random() * 5),
        mechanism: pick(['Linear', 'Exponential'] as const),
        onStatus: pick([[], ['busy'], ['busy', 'no-answer', 'failed']]),
      };
      const callsPerMinute = 1 + Math.floor(random() * 300);
      // Slow rates get fewer numbers, so no case runs to thousands of days.
      const numbers = 1 + Math.floor(random() * (callsPerMinute < 30 ? 3_000 : 60_000));
      const startsAt = new Date(Date.UTC(2026, 11, 1) + Math.floor(random() * 60 * 86_400_000));
      const runs = planDays({ hours, startsAt, numbers, callsPerMinute, retries });
      const where = JSON.stringify({ hours, numbers, startsAt, retries });
      expect(
        runs.reduce((sum, r) => sum + r.numbers, 0),
        where,
      ).toBe(numbers);
      let next = 0;
      let after = startsAt.getTime();
      for (const [i, r] of runs.entries()) {
        expect(r.day, where).toBe(i + 1);
        expect(r.firstNumber, where).toBe(next);
        expect(r.numbers, where).toBeGreaterThanOrEqual(1);
        expect(r.sendAt.getTime(), where).toBeGreaterThanOrEqual(after);
        expect(isOpenAt(hours, r.sendAt), where).toBe(true);
        expect(r.endAt?.toISOString(), where).toBe(closeOfDay(hours, r.sendAt)?.toISOString());
        next += r.numbers;
        after = r.endAt?.getTime() ?? after;
      }
    }
  });
});
