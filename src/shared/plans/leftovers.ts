import type { RetrySettings } from '../compose/draft';

/** One call of a day's run as its calls were read: every attempt, oldest first. */
export interface DayCall {
  number: string;
  status: string;
}

export interface LeftoverRule {
  retries: Pick<RetrySettings, 'count' | 'onStatus'>;
  /** True for a number Exotel would never dial (it fails the phone rules): carrying it on would only fail again. */
  isInvalid(number: string): boolean;
}

/**
 * The numbers a day's run did not finish, in the order the day was given them: those that got no call, and
 * those whose retries were still due when the day closed (no answer yet, the last call ended in a status the
 * campaign retries on, and fewer calls than the first one and its retries). An answered number is done, and
 * so is one that used all its retries or ended in a status that is not retried.
 */
export function dayLeftovers(given: readonly string[], calls: Iterable<DayCall>, rule: LeftoverRule): string[] {
  const seen = new Map<string, { attempts: number; answered: boolean; last: string }>();
  for (const call of calls) {
    const was = seen.get(call.number) ?? { attempts: 0, answered: false, last: '' };
    seen.set(call.number, { attempts: was.attempts + 1, answered: was.answered || call.status === 'completed', last: call.status });
  }
  const allowed = 1 + Math.max(0, rule.retries.count);
  const retried = new Set<string>(rule.retries.onStatus);
  const out: string[] = [];
  const taken = new Set<string>();
  for (const number of given) {
    if (taken.has(number) || rule.isInvalid(number)) continue;
    const calls = seen.get(number);
    const due = !calls || (!calls.answered && calls.attempts < allowed && retried.has(calls.last));
    if (!due) continue;
    taken.add(number);
    out.push(number);
  }
  return out;
}
