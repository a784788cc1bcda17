import { expectedCallsPerNumber, retryWaitMinutes } from './call-load';
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
