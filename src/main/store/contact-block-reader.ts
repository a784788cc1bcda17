import type { ContactRow, RowStatus } from '../../shared/contacts/schemas';
import {
  decodeOrderBlock,
  decodeRowsBlock,
  STATUS_LETTER,
  Stream,
  STREAM_OF_STATUS,
  toContactRow,
  type RowStream,
  type StoredRow,
} from './contact-blocks';
import type { Db } from './db';

export interface ListShape {
  id: string;
  blockSize: number;
  variableNames: readonly string[];
}

/** Reads rows back out of a list's blocks: pages by position, and whole streams in sheet order. */
export class ContactBlockReader {
  private readonly range;
  private readonly one;

  constructor(db: Db) {
    this.range = db.prepare(
      'SELECT block, data FROM contact_blocks WHERE list_id = ? AND stream = ? AND block BETWEEN ? AND ? ORDER BY block',
    );
    this.one = db.prepare('SELECT data FROM contact_blocks WHERE list_id = ? AND stream = ? AND block = ?');
  }

  /** Rows [from, to) of one status, in sheet order. */
  statusPage(list: ListShape, status: RowStatus, from: number, to: number): ContactRow[] {
    const stream = STREAM_OF_STATUS[status];
    return this.storedRange(list, stream, from, to).map((r) => toContactRow(r, stream, list.variableNames));
  }

  /** Rows [from, to) of the whole sheet, in sheet order. */
  sheetPage(list: ListShape, from: number, to: number): ContactRow[] {
    if (from >= to) return [];
    const size = list.blockSize;
    const first = Math.floor(from / size);
    const blocks = this.blocks(list.id, Stream.order, first, Math.floor((to - 1) / size));
    // Where each position lives: its stream and its index within that stream.
    const wanted: Array<[RowStream, number]> = [];
    blocks.forEach(({ block, data }) => {
      const order = decodeOrderBlock(data);
      const seen = [0, order.before[0], order.before[1], order.before[2]];
      for (let k = 0; k < order.letters.length; k++) {
        const stream = streamOfLetter(order.letters[k]);
        const position = block * size + k;
        if (position >= from && position < to) wanted.push([stream, seen[stream] ?? 0]);
        seen[stream] = (seen[stream] ?? 0) + 1;
      }
    });
    const fetched = new Map<RowStream, { start: number; rows: StoredRow[] }>();
    for (const stream of [Stream.valid, Stream.invalid, Stream.duplicate] as const) {
      const indexes = wanted.filter(([s]) => s === stream).map(([, i]) => i);
      if (indexes.length === 0) continue;
      const start = indexes[0] ?? 0;
      fetched.set(stream, { start, rows: this.storedRange(list, stream, start, (indexes[indexes.length - 1] ?? 0) + 1) });
    }
    return wanted.map(([stream, index]) => {
      const got = fetched.get(stream);
      const stored = got?.rows[index - got.start];
      if (!stored) throw new Error(`Row ${index} of list ${list.id} is missing from its blocks`);
      return toContactRow(stored, stream, list.variableNames);
    });
  }

  /** Every row of the given statuses, in sheet order, one block in memory per status. */
  *streamRows(list: ListShape, statuses: readonly RowStatus[]): Generator<ContactRow> {
    const cursors = statuses.map((status) => this.cursor(list, STREAM_OF_STATUS[status]));
    const heads = cursors.map((c) => c.next());
    for (;;) {
      let pick = -1;
      heads.forEach((h, i) => {
        if (h.done) return;
        const best = pick >= 0 ? heads[pick] : undefined;
        if (!best || best.done || h.value.row[0] < best.value.row[0]) pick = i;
      });
      if (pick < 0) return;
      const head = heads[pick];
      if (!head || head.done) return;
      yield toContactRow(head.value.row, head.value.stream, list.variableNames);
      heads[pick] = cursors[pick]!.next();
    }
  }

  private *cursor(list: ListShape, stream: RowStream): Generator<{ row: StoredRow; stream: RowStream }> {
    for (let block = 0; ; block++) {
      const found = this.one.get(list.id, stream, block) as { data: string } | undefined;
      if (!found) return;
      for (const row of decodeRowsBlock(found.data)) yield { row, stream };
    }
  }

  private storedRange(list: ListShape, stream: RowStream, from: number, to: number): StoredRow[] {
    if (from >= to) return [];
    const size = list.blockSize;
    const first = Math.floor(from / size);
    const rows: StoredRow[] = [];
    for (const { data } of this.blocks(list.id, stream, first, Math.floor((to - 1) / size))) {
      for (const row of decodeRowsBlock(data)) rows.push(row);
    }
    return rows.slice(from - first * size, to - first * size);
  }

  private blocks(listId: string, stream: number, first: number, last: number): Array<{ block: number; data: string }> {
    return this.range.all(listId, stream, first, last) as Array<{ block: number; data: string }>;
  }
}

function streamOfLetter(letter: string | undefined): RowStream {
  if (letter === STATUS_LETTER[Stream.valid]) return Stream.valid;
  if (letter === STATUS_LETTER[Stream.invalid]) return Stream.invalid;
  if (letter === STATUS_LETTER[Stream.duplicate]) return Stream.duplicate;
  throw new Error(`Unknown row status letter ${String(letter)}`);
}
