import type { Delimiter } from './schemas';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter whose count (outside quotes) is the same on most of the first records,
 * preferring more columns on a tie. A sheet with one column has none: it reads as commas.
 */
export function detectDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestColumns = 0;
  for (const candidate of CANDIDATES) {
    const counts = countPerRecord(sample, candidate);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const agreeing = counts.filter((c) => c === header).length;
    const score = agreeing / counts.length;
    if (score > bestScore || (score === bestScore && header > bestColumns)) {
      best = candidate;
      bestScore = score;
      bestColumns = header;
    }
  }
  return best;
}

/** Delimiters outside quotes for each non-blank record of the sample; the last, maybe cut, record is left out. */
function countPerRecord(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let count = 0;
  let blank = true;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const ch = sample[i];
    if (ch === '"') {
      if (inQuotes && sample[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
      blank = false;
    } else if (inQuotes) {
      continue;
    } else if (ch === delimiter) {
      count++;
      blank = false;
    } else if (ch === '\n' || ch === '\r') {
      if (!blank) counts.push(count);
      count = 0;
      blank = true;
    } else if (ch !== ' ') {
      blank = false;
    }
  }
  return counts.length > 0 ? counts : blank ? [] : [count];
}
