import { describe, expect, it } from 'vitest';
import { emptyStats } from '../../../src/shared/exotel';
import { joinSnapshots } from '../../../src/shared/plans/joined-progress';

const at = (hhmm: string) => `2026-12-10T${hhmm}:00.000Z`;
const done = (completed: number, pending = 0) => ({ ...emptyStats(), completed, pending });

describe('a plan’s progress over time', () => {
  it('adds up at each moment what every day had counted by then', () => {
    const day1 = [
      { at: at('10:00'), stats: done(5, 5) },
      { at: at('12:00'), stats: done(10) },
    ];
    const day2 = [
      { at: at('13:00'), stats: done(3, 7) },
      { at: at('11:00'), stats: done(0, 10) },
    ];
    expect(joinSnapshots([day1, day2]).map((s) => [s.at, s.stats.completed, s.stats.pending])).toEqual([
      [at('10:00'), 5, 5],
      [at('11:00'), 5, 15],
      [at('12:00'), 10, 10],
      [at('13:00'), 13, 7],
    ]);
  });

  it('is empty when no day was read yet', () => {
    expect(joinSnapshots([[], []])).toEqual([]);
  });
});
