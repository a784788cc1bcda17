import { stringHash, unit } from './random';
import type { CallOutcome } from './state';

/** Share of numbers on the do-not-disturb registry: blocked before any call. */
const DND_SHARE = 0.03;

/** A realistic mix for the calls that are placed. */
const MIX: readonly [CallOutcome, number][] = [
  ['completed', 0.62],
  ['no-answer', 0.16],
  ['busy', 0.12],
  ['failed', 0.1],
];

export interface CallResult {
  outcome: CallOutcome;
  durationS: number;
  digit: string | null;
}

/** The result of one call, fixed by the campaign's seed, the number and the attempt. */
export function callResult(seed: number, number: string, attempt: number, ivr: boolean): CallResult {
  const key = stringHash(number);
  // Being on the registry belongs to the number, not to the campaign: the same numbers are blocked every time.
  if (unit(key, 0xd0d) < DND_SHARE) return { outcome: 'failed-dnd', durationS: 0, digit: null };
  const roll = unit(seed, key, attempt, 1);
  let outcome: CallOutcome = 'failed';
  let acc = 0;
  for (const [name, share] of MIX) {
    acc += share;
    if (roll < acc) {
      outcome = name;
      break;
    }
  }
  const spread = (lo: number, hi: number): number => lo + Math.floor(unit(seed, key, attempt, 2) * (hi - lo + 1));
  switch (outcome) {
    case 'completed': {
      const digit = ivr ? String(1 + Math.floor(unit(seed, key, attempt, 3) * 2)) : null;
      return { outcome, durationS: spread(20, 150), digit };
    }
    case 'no-answer':
      return { outcome, durationS: spread(30, 45), digit: null };
    case 'busy':
      return { outcome, durationS: spread(1, 6), digit: null };
    default:
      return { outcome, durationS: spread(0, 8), digit: null };
  }
}
