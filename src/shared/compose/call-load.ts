import type { RetrySettings } from './draft';

/**
 * How calls usually end, for planning only: about 16% go unanswered, 12% are busy and 10% fail. A number is
 * retried while its calls keep ending in one of the statuses the campaign retries on.
 */
const USUAL_SHARE: Record<string, number> = { 'no-answer': 0.16, busy: 0.12, failed: 0.1 };

/** Calls expected per number, the first call and its retries together. */
export function expectedCallsPerNumber(retries: RetrySettings): number {
  const repeat = retries.onStatus.reduce((sum, status) => sum + (USUAL_SHARE[status] ?? 0), 0);
  let calls = 1;
  for (let k = 1; k <= retries.count; k++) calls += repeat ** k;
  return calls;
}

/** Minutes a number waits between its first call and its last retry. */
export function retryWaitMinutes(retries: RetrySettings): number {
  if (retries.count === 0) return 0;
  return retries.mechanism === 'Exponential' ? retries.intervalMins * (2 ** retries.count - 1) : retries.intervalMins * retries.count;
}
