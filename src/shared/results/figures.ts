import type { Figures } from './schemas';

export const NO_FIGURES: Figures = { numbers: 0, reached: 0, calls: 0, answered: 0, talkSeconds: 0 };

/** The sum of rows, field by field: totals are made this way so that they always add up. */
export function addFigures(rows: readonly Figures[]): Figures {
  const sum = { ...NO_FIGURES };
  for (const r of rows) {
    sum.numbers += r.numbers;
    sum.reached += r.reached;
    sum.calls += r.calls;
    sum.answered += r.answered;
    sum.talkSeconds += r.talkSeconds;
  }
  return sum;
}

/** Reached numbers of every number called, 0..1; null when nothing was called. */
export function reachRate(f: Figures): number | null {
  return f.numbers > 0 ? f.reached / f.numbers : null;
}

/** Seconds an answered call lasted on average; null when none was answered. */
export function averageTalk(f: Figures): number | null {
  return f.answered > 0 ? f.talkSeconds / f.answered : null;
}

export function callsPerNumber(f: Figures): number | null {
  return f.numbers > 0 ? f.calls / f.numbers : null;
}

/** "41%"; "–" when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "1 min 05 s", "42 s". */
export function formatTalk(seconds: number | null): string {
  if (seconds === null) return '–';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function formatPerNumber(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}
