import { encodeOrderBlock, encodeRow, joinBlock, STATUS_LETTER, Stream, type RowStream, type StoredBlock } from '../../store/contact-blocks';
import type { RowVerdict } from './row-checker';

export interface PackerKeeps {
  /** The sheet-order stream and the valid rows: what a saved list needs, not a check. */
  sheet: boolean;
  /** Invalid and duplicate rows: what a problems report needs. */
  problems: boolean;
}


/** Groups checked rows into fixed-size blocks per stream, ready to store. */
export class BlockPacker {
  private readonly open: [string[], string[], string[], string[]] = [[], [], [], []];
  private readonly nextBlock: [number, number, number, number] = [0, 0, 0, 0];
  private readonly totals: [number, number, number] = [0, 0, 0];
  private orderBefore: [number, number, number] = [0, 0, 0];
  private letters: string[] = [];
  private ready: StoredBlock[] = [];

  constructor(
    private readonly blockSize: number,
    private readonly keeps: PackerKeeps,
    private readonly variableColumns: readonly number[],
  ) {}

  /** Adds the next row of the sheet; `plain` as in encodeRow. */
  add(v: RowVerdict, rowNumber: number, record: readonly string[], plain: boolean): void {
    const stream = v.stream;
    this.totals[(stream - 1) as 0 | 1 | 2]++;
    if (stream === Stream.valid ? this.keeps.sheet : this.keeps.problems) {
      const rows = this.open[stream];
      rows.push(encodeRow(plain, rowNumber, v.raw, v.number, v.reason, v.duplicateOf, record, this.variableColumns));
      if (rows.length === this.blockSize) this.flushRows(stream);
    }
    if (this.keeps.sheet) {
      this.letters.push(STATUS_LETTER[stream]);
      if (this.letters.length === this.blockSize) this.flushOrder();
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
