import { encodeRow, Stream, withDuplicateOf, type RowStream, type StoredBlock } from '../../store/contact-blocks';
import type { ImportCounts } from '../../../shared/imports/schemas';
import { BlockPacker, type PackerState } from './block-packer';
import { NumberIndex, type NumberIndexState } from './number-index';
import type { RowVerdict } from './row-checker';
import type { BlockSink, SheetJobProgress, SheetJobSpec } from './sheet-job';

/**
 * The checked rows of a sheet's second part, held until the first part is done: only then is
 * it known which of their numbers already appeared above them. Rows are kept encoded, one
 * flat string each, with their number's key for that last check.
 */
export class HeldRows {
  private readonly rows: string[] = [];
  private readonly streams: RowStream[] = [];
  private readonly keys: number[] = [];

  constructor(private readonly variableColumns: readonly number[]) {}

  get size(): number {
    return this.rows.length;
  }

  add(v: RowVerdict, rowNumber: number, record: readonly string[], plain: boolean): void {
    this.rows.push(encodeRow(plain, rowNumber, v.raw, v.number, v.reason, v.duplicateOf, record, this.variableColumns));
    this.streams.push(v.stream);
    this.keys.push(v.keyHigh, v.keyLow);
  }

  take(): StoredBlock[] {
    return [];
  }

  /**
   * Turns rows whose number the first part already holds into duplicates of that first row,
   * adjusts `counts` to match, and packs every row on from where the first part stopped.
   */
  async release(
    spec: SheetJobSpec,
    first: { packer: PackerState; index: NumberIndexState },
    counts: ImportCounts,
    sink: BlockSink,
    progress: SheetJobProgress,
  ): Promise<void> {
    const above = NumberIndex.fromState(first.index);
    const packer = new BlockPacker(spec.blockSize, spec.keeps, spec.variableColumns, first.packer);
    for (let i = 0; i < this.rows.length; i++) {
      let stream = this.streams[i] ?? Stream.invalid;
      let row = this.rows[i] ?? '';
      const high = this.keys[2 * i] ?? 0;
      if (high !== 0) {
        const earlier = above.find(high, this.keys[2 * i + 1] ?? 0);
        if (earlier !== 0) {
          if (stream === Stream.valid) {
            counts.valid--;
            counts.duplicate++;
          }
          stream = Stream.duplicate;
          row = withDuplicateOf(row, earlier);
        }
      }
      packer.addEncoded(stream, packer.stores(stream) ? row : null);
      if (i % 8192 === 8191) {
        const blocks = packer.take();
        if (blocks.length > 0) await sink(blocks, progress);
      }
    }
    await sink(packer.finish(), progress);
  }
}
