import Papa from 'papaparse';
import { countOf } from '../../../shared/plural';
import type { ContactRow } from '../../../shared/contacts/schemas';
import { BareCancel } from '../../../shared/jobs/cancelled';
import { realClock } from '../../exotel';

/** Rows a request carries at most: Exotel's limit for contacts and list members. */
export const BATCH = 5000;
const POLL_MS = 2000;
const MIN_POLL_MS = 200;

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** The pause between upload-status polls. It lets go of the job's signal when it ends, however it ends. */
export const pollSleep: Sleep = async (ms, signal) => {
  try {
    await realClock.sleep(ms, signal);
  } catch {
    throw new BareCancel();
  }
};

/**
 * The dynamic list's file, written a batch of rows at a time: 100,000 rows never exist as one array of cells
 * beside the text they make.
 */
export function listFile(rows: Iterable<ContactRow>, names: readonly string[]): string {
  const parts = [Papa.unparse({ fields: ['number', ...names], data: [] }, { newline: '\n' })];
  for (const batch of batches(rows, BATCH)) {
    const data = batch.map((row) => [row.number ?? '', ...names.map((n) => row.variables[n] ?? '')]);
    parts.push(Papa.unparse(data, { newline: '\n' }));
  }
  return parts.join('\n');
}

export interface Pace {
  at: number | null;
  taken: number;
}

/**
 * How long to wait before reading an upload's status again: every POLL_MS, or sooner when Exotel's own counts
 * say it will be done before then, so a launch waiting on the list goes out close to the moment the list is ready.
 */
export function nextPoll(pace: Pace, taken: number, total: number, now: number): number {
  const before = pace.at === null ? null : { at: pace.at, taken: pace.taken };
  pace.at = now;
  pace.taken = taken;
  if (!before || taken <= before.taken || now <= before.at) return POLL_MS;
  const perMs = (taken - before.taken) / (now - before.at);
  const left = (total - taken) / perMs;
  return Math.max(MIN_POLL_MS, Math.min(POLL_MS, Math.ceil(left) + 50));
}

/** "Exotel has taken 42,000 of 100,000 rows": the send's progress line while Exotel processes the file. */
export function takenText(taken: number, total: number): string {
  return `Exotel has taken ${taken.toLocaleString('en-IN')} of ${countOf(total, 'row')}`;
}

export function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
