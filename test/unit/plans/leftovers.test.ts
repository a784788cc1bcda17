import { describe, expect, it } from 'vitest';
import { dayLeftovers, type DayCall } from '../../../src/shared/plans/leftovers';

const GIVEN = ['+919800000001', '+919800000002', '+919800000003', '+919800000004', '+919800000005'];
const rule = (count: number, invalid: string[] = []) => ({
  retries: { count, onStatus: ['busy', 'no-answer'] as ('busy' | 'no-answer' | 'failed')[] },
  isInvalid: (n: string) => invalid.includes(n),
});
const calls = (...pairs: [number, string][]): DayCall[] => pairs.map(([i, status]) => ({ number: GIVEN[i] as string, status }));

describe('a day’s leftovers', () => {
  it('are the numbers that got no call, in the order the day had them', () => {
    expect(dayLeftovers(GIVEN, calls([0, 'completed'], [2, 'completed']), rule(0))).toEqual([GIVEN[1], GIVEN[3], GIVEN[4]]);
  });

  it('take in numbers whose retries were still due, and not those that used them all', () => {
    const day = calls(
      [0, 'busy'],
      [1, 'no-answer'],
      [1, 'no-answer'],
      [2, 'busy'],
      [2, 'busy'],
      [2, 'busy'],
      [3, 'completed'],
      [4, 'completed'],
    );
    // Two retries: three calls in all. Number 1 had two (one retry left), number 2 had all three.
    expect(dayLeftovers(GIVEN, day, rule(2))).toEqual([GIVEN[0], GIVEN[1]]);
    // With no retries a busy number is done.
    expect(dayLeftovers(GIVEN, day, rule(0))).toEqual([]);
  });

  it('leave out answered numbers, even when an earlier call was busy', () => {
    expect(dayLeftovers(GIVEN.slice(0, 1), calls([0, 'busy'], [0, 'completed']), rule(3))).toEqual([]);
  });

  it('leave out a number whose last call ended in a status the campaign does not retry', () => {
    expect(dayLeftovers(GIVEN.slice(0, 1), calls([0, 'failed']), rule(2))).toEqual([]);
  });

  it('leave out invalid numbers and count a repeated number once', () => {
    expect(dayLeftovers([...GIVEN, GIVEN[4] as string], [], rule(0, [GIVEN[0] as string, GIVEN[3] as string]))).toEqual([
      GIVEN[1],
      GIVEN[2],
      GIVEN[4],
    ]);
  });
});
