import type { ImportCounts } from '../../../shared/contacts/schemas';
import { encodeOrderBlock, FIELD_SEPARATOR, STATUS_LETTER, Stream, type RowStream, type StoredBlock } from '../../store/contact-blocks';
import { TextBlockBuilder, type RowLayout } from '../../store/text-blocks';
import { ROW_INTS as INTS_PER_ROW, RowInt, unpackRemarks, type CheckedChunk } from './checked-run';
import { NumberIndex } from './number-index';

export interface PackerKeeps {
  /** The sheet-order stream and the valid rows: what a saved list needs, not a check. */
  sheet: boolean;
  /** Invalid and duplicate rows: what a problems report needs. */
  problems: boolean;
}

// Read once: in hot loops, even a constant imported from another module can cost a lookup per use.
const { high: HIGH, low: LOW, rowNumber: ROW_NUMBER, start: START, end: END, reason: REASON } = RowInt;
const SEPARATOR = FIELD_SEPARATOR;
const ROW_INTS = INTS_PER_ROW;
const remarksOf = unpackRemarks;
const VALID = Stream.valid;
const INVALID = Stream.invalid;
const DUPLICATE = Stream.duplicate;
const LETTER = STATUS_LETTER;

/**
 * Finds duplicates and groups checked rows into fixed-size blocks per stream, ready to store.
 * It runs on the thread that stores the rows, which otherwise waits on the reading thread.
 */
export class BlockPacker {
  private readonly open: [null, TextBlockBuilder, TextBlockBuilder, TextBlockBuilder];
  private readonly nextBlock: [number, number, number, number] = [0, 0, 0, 0];
  private readonly totals: [number, number, number] = [0, 0, 0];
  private orderBefore: [number, number, number] = [0, 0, 0];
  private letters: string[] = [];
  private ready: StoredBlock[] = [];
  private seen: NumberIndex | null = null;
  private chunks = 0;

  constructor(
    private readonly blockSize: number,
    private readonly keeps: PackerKeeps,
    private readonly layout: RowLayout,
  ) {
    this.open = [null, new TextBlockBuilder(layout), new TextBlockBuilder(layout), new TextBlockBuilder(layout)];
  }

  /** Adds the next rows of the sheet; `sizeBytes`, the file's, sizes the duplicate index once. */
  add(chunk: CheckedChunk, sizeBytes: number): void {
    // Sized for rows of 64 bytes: a small table stays in cache; sheets of shorter rows grow it, which costs a rehash.
    const seen = (this.seen ??= new NumberIndex(Math.ceil(sizeBytes / 64)));
    const numbers = chunk.numbers.length > 0 ? chunk.numbers.split(SEPARATOR) : [];
    const cells = chunk.cells.length > 0 ? (JSON.parse(chunk.cells) as string[][]) : [];
    const { rows, text, newline } = chunk;
    const { sheet, problems } = this.keeps;
    const chunkNumber = this.chunks++;
    const end = chunk.count * ROW_INTS;
    // Every lookup first, in a loop of its own: the table's cache misses then overlap, where
    // spread among the packing work each one waits alone. A row's key gives way to its result.
    for (let k = 0; k < end; k += ROW_INTS) {
      const high = rows[k + HIGH] ?? 0;
      if (high !== 0) rows[k + LOW] = seen.firstRowOrAddKey(high, rows[k + LOW] ?? 0, rows[k + ROW_NUMBER] ?? 0);
    }
    let numbered = 0;
    for (let k = 0; k < end; k += ROW_INTS) {
      const rowNumber = rows[k + ROW_NUMBER] ?? 0;
      let stream: RowStream = INVALID;
      let number: string | null = null;
      let first = 0;
      if (rows[k + HIGH] !== 0) {
        number = numbers[numbered++] ?? null;
        first = rows[k + LOW] ?? 0;
        stream = first === 0 ? VALID : DUPLICATE;
      }
      this.totals[(stream - 1) as 0 | 1 | 2]++;
      if (stream === VALID ? sheet : problems) {
        const block = this.open[stream];
        const start = rows[k + START] ?? -1;
        const code = rows[k + REASON] ?? -1;
        const remarks = code < 0 ? null : remarksOf(code);
        const duplicateOf = first === 0 ? null : first;
        if (start >= 0) block.addText(chunkNumber, text, start, rows[k + END] ?? 0, newline, rowNumber, number, remarks, duplicateOf);
        else block.addCells(cells[rows[k + END] ?? 0] ?? [], rowNumber, number, remarks, duplicateOf);
        if (block.size === this.blockSize) this.flushRows(stream);
      }
      if (sheet) {
        this.letters.push(LETTER[stream]);
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
      if (this.open[stream].size > 0) this.flushRows(stream);
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
    this.ready.push({ stream, block: this.nextBlock[stream]++, data: this.open[stream].finish() });
    this.open[stream] = new TextBlockBuilder(this.layout);
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
