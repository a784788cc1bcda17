import {
  encodeOrderBlock,
  encodeRowsBlock,
  STATUS_LETTER,
  Stream,
  type RowStream,
  type StoredBlock,
  type StoredRow,
} from '../../store/contact-blocks';

export interface PackerKeeps {
  /** The sheet-order stream and the valid rows: what a saved list needs, not a check. */
  sheet: boolean;
  /** Invalid and duplicate rows: what a problems report needs. */
  problems: boolean;
}

/** Groups checked rows into fixed-size blocks per stream, ready to store. */
export class BlockPacker {
  private readonly pending = new Map<RowStream, string[]>();
  private readonly nextBlock: [number, number, number, number] = [0, 0, 0, 0];
  private readonly totals: [number, number, number] = [0, 0, 0];
  private orderBefore: [number, number, number] = [0, 0, 0];
  private letters = '';
  private ready: StoredBlock[] = [];

  constructor(
    private readonly blockSize: number,
    private readonly keeps: PackerKeeps,
  ) {}

  add(stream: RowStream, row: StoredRow): void {
    this.totals[(stream - 1) as 0 | 1 | 2]++;
    const keep = stream === Stream.valid ? this.keeps.sheet : this.keeps.problems;
    if (keep) {
      let rows = this.pending.get(stream);
      if (!rows) this.pending.set(stream, (rows = []));
      rows.push(JSON.stringify(row));
      if (rows.length === this.blockSize) this.flushRows(stream, rows);
    }
    if (this.keeps.sheet) {
      this.letters += STATUS_LETTER[stream];
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
    for (const [stream, rows] of this.pending) if (rows.length > 0) this.flushRows(stream, rows);
    if (this.letters.length > 0) this.flushOrder();
    return this.take();
  }

  private flushRows(stream: RowStream, rows: string[]): void {
    this.ready.push({ stream, block: this.nextBlock[stream]++, data: encodeRowsBlock(rows) });
    rows.length = 0;
  }

  private flushOrder(): void {
    this.ready.push({
      stream: Stream.order,
      block: this.nextBlock[Stream.order]++,
      data: encodeOrderBlock({ before: this.orderBefore, letters: this.letters }),
    });
    this.orderBefore = [...this.totals];
    this.letters = '';
  }
}
