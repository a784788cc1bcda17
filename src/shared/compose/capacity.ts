import { expectedCallsPerNumber, retryWaitMinutes } from './call-load';
import { MAX_PLAN_DAYS, planDaysWithin, type DayPlanInput } from './day-plan';
import type { RetrySettings } from './draft';

export { expectedCallsPerNumber, retryWaitMinutes } from './call-load';

export interface CapacityPlan {
  expectedCalls: number;
  finishAt: Date;
  /** Numbers whose first call would come after the end. */
  notReachedBeforeEnd: number;
}

/**
 * numbers × expected calls ÷ rate, from the start; the last retries wait their interval after the rest. A
 * lower bound: Exotel's own pacing and long calls only add time.
 */
export function planCapacity(numbers: number, callsPerMinute: number, retries: RetrySettings, startsAt: Date, endsAt: Date): CapacityPlan {
  const rate = Math.max(1, callsPerMinute);
  const expectedCalls = Math.round(numbers * expectedCallsPerNumber(retries));
  const minutes = Math.ceil(expectedCalls / rate) + (expectedCalls > numbers ? retryWaitMinutes(retries) : 0);
  const finishAt = new Date(startsAt.getTime() + minutes * 60_000);
  const windowMinutes = Math.max(0, (endsAt.getTime() - startsAt.getTime()) / 60_000);
  const firstCallsThatFit = Math.floor(windowMinutes * rate);
  return { expectedCalls, finishAt, notReachedBeforeEnd: Math.max(0, numbers - firstCallsThatFit) };
}

export interface LikelyDone {
  /** When the last calls are expected, never after the close of their day's hours. */
  finishAt: Date;
  /** The calling day of the plan they fall on (1-based; 0 with nothing to call). */
  day: number;
  /** Calling days the plan takes. */
  days: number;
}

/**
 * When a campaign is likely done counting only its calling hours and days: the plan's last day starts at its
 * opening and works through its share as planCapacity does. Null when the plan would take more than
 * MAX_PLAN_DAYS calling days.
 */
export function likelyDone(input: DayPlanInput): LikelyDone | null {
  const runs = planDaysWithin(input, MAX_PLAN_DAYS);
  if (!runs) return null;
  const last = runs.at(-1);
  if (!last) return { finishAt: input.startsAt, day: 0, days: 0 };
  const end = last.endAt ?? new Date(8.64e15);
  const { finishAt } = planCapacity(last.numbers, input.callsPerMinute, input.retries, last.sendAt, end);
  return { finishAt: finishAt.getTime() > end.getTime() ? end : finishAt, day: last.day, days: runs.length };
}
