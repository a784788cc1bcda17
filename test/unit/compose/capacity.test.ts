import { describe, expect, it } from 'vitest';
import { accountHours, INDIA_HOURS, MONDAY_TO_SATURDAY, type HoursInZone } from '../../../src/shared/compose/calling-hours';
import { likelyDone, planCapacity } from '../../../src/shared/compose/capacity';
import type { DayPlanInput } from '../../../src/shared/compose/day-plan';
import type { RetrySettings } from '../../../src/shared/compose/draft';

const NO_RETRIES: RetrySettings = { count: 0, intervalMins: 10, mechanism: 'Linear', onStatus: [] };
const ONE_RETRY: RetrySettings = { count: 1, intervalMins: 10, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] };
const india = accountHours('IN', null, 'Asia/Kolkata');

function done(over: Partial<DayPlanInput>) {
  const r = likelyDone({
    hours: india,
    startsAt: new Date('2026-12-08T03:30:00Z'), // Tue 09:00 IST
    numbers: 1000,
    callsPerMinute: 60,
    retries: NO_RETRIES,
    ...over,
  });
  return r && { finishAt: r.finishAt.toISOString(), day: r.day, days: r.days };
}

describe('likely done, counting only the calling hours and days', () => {
  it('finishes on the first day when the numbers fit, as the plain estimate does', () => {
    const start = new Date('2026-12-08T05:00:00Z'); // 10:30 IST
    // 1,536 calls at 60 a minute, then the last retry's 10 minutes.
    expect(done({ startsAt: start, numbers: 1200, retries: ONE_RETRY })).toEqual({ finishAt: '2026-12-08T05:36:00.000Z', day: 1, days: 1 });
    expect(planCapacity(1200, 60, ONE_RETRY, start, new Date('2026-12-08T15:30:00Z')).finishAt.toISOString()).toBe(
      '2026-12-08T05:36:00.000Z',
    );
  });

  it('says the day a bigger campaign finishes on: the third day’s share from its opening', () => {
    // Days of 38,880 numbers; the third day's 22,240 take 371 minutes from 09:00 IST: 15:11 IST.
    expect(done({ numbers: 1_00_000 })).toEqual({ finishAt: '2026-12-10T09:41:00.000Z', day: 3, days: 3 });
  });

  it('skips the days the hours do not call on', () => {
    const monToSat: HoursInZone = { hours: { ...INDIA_HOURS, days: [...MONDAY_TO_SATURDAY] }, zone: 'Asia/Kolkata' };
    // Sat 28 Nov takes 6,480 at 10 a minute; the last 5 go on Monday (not Sunday) at 09:00 IST, done by 09:01.
    expect(done({ hours: monToSat, startsAt: new Date('2026-11-28T03:30:00Z'), numbers: 6_485, callsPerMinute: 10 })).toEqual({
      finishAt: '2026-11-30T03:31:00.000Z',
      day: 2,
      days: 2,
    });
  });

  it('never says later than the close of the last day', () => {
    // One number at 20:50 IST with three retries due 30 minutes later: Exotel ends the run at 21:00.
    const retries: RetrySettings = { count: 3, intervalMins: 10, mechanism: 'Linear', onStatus: ['busy', 'no-answer', 'failed'] };
    expect(done({ numbers: 1, startsAt: new Date('2026-12-08T15:20:00Z'), callsPerMinute: 1, retries })).toEqual({
      finishAt: '2026-12-08T15:30:00.000Z',
      day: 1,
      days: 1,
    });
  });

  it('runs straight through with no hours', () => {
    const anyTime: HoursInZone = { hours: null, zone: 'UTC' };
    // 1,00,000 calls at 60 a minute: 1,667 minutes, through the night.
    expect(done({ hours: anyTime, numbers: 1_00_000 })).toEqual({ finishAt: '2026-12-09T07:17:00.000Z', day: 1, days: 1 });
  });

  it('gives up on a plan of more than a year of calling days, and says nothing to call for none', () => {
    expect(done({ numbers: 5_00_000, callsPerMinute: 1 })).toBeNull();
    expect(done({ numbers: 0 })).toEqual({ finishAt: '2026-12-08T03:30:00.000Z', day: 0, days: 0 });
  });
});
