import type { ImportCounts } from '../../../shared/contacts/schemas';
import {
  encodeOrderBlock,
  joinBlock,
  splitRows,
  STATUS_LETTER,
  Stream,
  withDuplicateOf,
  type RowStream,
  type StoredBlock,
} from '../../store/contact-blocks';
import { NumberIndex } from './number-index';

export interface PackerKeeps {
  /** The sheet-order stream and the valid rows: what a saved list needs, not a check. */
  sheet: boolean;
  /** Invalid and duplicate rows: what a problems report needs. */
  problems: boolean;
}

/**
 * A run of checked rows as the reading thread hands them over: one string and one typed
 * array, which cross between threads for the price of a copy, where an array per row would
 * be cloned cell by cell.
 */
export interface CheckedChunk {
  /** The rows in sheet order, as appendRow encodes them (duplicate-of left empty), joined by joinRows. */
  rows: string;
  /** Three integers a row: its number's key (writeNumberKey; 0, 0 for an invalid row) and its row number. */
  keys: Int32Array<ArrayBuffer>;
  count: number;
}

/** Integers per row in CheckedChunk.keys. */
export const KEY_INTS = 3;

/**
 * Finds duplicates and groups checked rows into fixed-size blocks per stream, ready to store.
 * It runs on the thread that stores the rows, which otherwise waits on the reading thread.
 */
export class BlockPacker {
  private readonly open: [string[], string[], string[], string[]] = [[], [], [], []];
  private readonly nextBlock: [number, number, number, number] = [0, 0, 0, 0];
  private readonly totals: [number, number, number] = [0, 0, 0];
  private orderBefore: [number, number, number] = [0, 0, 0];
  private letters: string[] = [];
  private ready: StoredBlock[] = [];
  private seen: NumberIndex | null = null;

  constructor(
    private readonly blockSize: number,
    private readonly keeps: PackerKeeps,
  ) {}

  /** Adds the next rows of the sheet; `sizeBytes`, the file's, sizes the duplicate index once. */
  add(chunk: CheckedChunk, sizeBytes: number): void {
    // Sheets run at 40 to 60 bytes a row; sizing for 40 means the index rarely grows.
    const seen = (this.seen ??= new NumberIndex(Math.ceil(sizeBytes / 40)));
    const rows = splitRows(chunk.rows, chunk.count);
    const keys = chunk.keys;
    const { sheet, problems } = this.keeps;
    for (let i = 0; i < chunk.count; i++) {
      const k = i * KEY_INTS;
      const high = keys[k] ?? 0;
      let stream: RowStream = Stream.invalid;
      let row = rows[i] ?? '';
      if (high !== 0) {
        const first = seen.firstRowOrAddKey(high, keys[k + 1] ?? 0, keys[k + 2] ?? 0);
        if (first === 0) stream = Stream.valid;
        else {
          stream = Stream.duplicate;
          if (problems) row = withDuplicateOf(row, first);
        }
      }
      this.totals[(stream - 1) as 0 | 1 | 2]++;
      if (stream === Stream.valid ? sheet : problems) {
        const open = this.open[stream];
        open.push(row);
        if (open.length === this.blockSize) this.flushRows(stream);
      }
      if (sheet) {
        this.letters.push(STATUS_LETTER[stream]);
        if (this.letters.length === this.blockSize) this.flushOrder();
      }
    }
  }

  /** Blocks completed since the last call. */
  take(): StoredBlock[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /** Every remaining block, the last ones part-filled. */
  finish(): StoredBlock[] {
    for (const stream of [Stream.valid, Stream.invalid, Stream.duplicate] as const) {
      if (this.open[stream].length > 0) this.flushRows(stream);
    }
    if (this.letters.length > 0) this.flushOrder();
    return this.take();
  }

  /**
   * The sheet's counts with the duplicates found here: the reading thread counts every row
   * with a good number as valid.
   */
  settle(counts: ImportCounts): ImportCounts {
    const duplicate = this.totals[2];
    return { ...counts, valid: counts.valid - duplicate, duplicate };
  }

  private flushRows(stream: RowStream): void {
    this.ready.push({ stream, block: this.nextBlock[stream]++, data: joinBlock(this.open[stream]) });
    this.open[stream] = [];
  }

  private flushOrder(): void {
    this.ready.push({
      stream: Stream.order,
      block: this.nextBlock[Stream.order]++,
      data: encodeOrderBlock({ before: this.orderBefore, letters: this.letters.join('') }),
    });
    this.orderBefore = [...this.totals];
    this.letters = [];
  }
}
