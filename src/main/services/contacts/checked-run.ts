import { InvalidReason, RowNote } from '../../../shared/contacts/schemas';
import { FIELD_SEPARATOR } from '../../store/contact-blocks';
import { numberAsStored as storedForm, type RowRemarks } from '../../store/text-blocks';
import { writeNumberKey as writeKey } from './number-index';
import type { RowVerdict } from './row-checker';

/**
 * One chunk of checked rows as the reading thread hands them over: a few strings and one typed
 * array, which cross between threads for the price of a copy, where an array per row would
 * be cloned cell by cell. Rows kept as text are stretches of `text`; no string is made per row.
 */
export interface CheckedChunk {
  /** The chunk's text, as SheetSplitter handed it over. */
  text: string;
  /** The sheet's line break. */
  newline: string;
  /** ROW_INTS integers a row; see RowInt. */
  rows: Int32Array<ArrayBuffer>;
  count: number;
  /** The E.164 number of each row that has one, in order, joined by FIELD_SEPARATOR, as numberAsStored writes it. */
  numbers: string;
  /** The cells of each row not kept as text, in order, as one JSON array; '' when there are none. */
  cells: string;
}

/**
 * A row's integers: its number's key (writeNumberKey; 0, 0 for a row without a number), its
 * row number, where it is in `text` (start and end; for a row kept as cells, -1 and its index
 * in `cells`) and what else is said of it (see packRemarks; -1 for nothing, nearly every row).
 */
export const RowInt = { high: 0, low: 1, rowNumber: 2, start: 3, end: 4, reason: 5 } as const;
export const ROW_INTS = 6;
export const REASONS: readonly InvalidReason[] = InvalidReason.options;
const REASON_CODE = new Map(REASONS.map((reason, i) => [reason, i]));
export const NOTES: readonly RowNote[] = RowNote.options;
const NOTE_CODE = new Map(NOTES.map((note, i) => [note, i]));
// Read once: loaded module by module (as the benchmark runs it), each use of an imported binding calls a getter.
const writeNumberKey = writeKey;
const numberAsStored = storedForm;

/** A row's reason, note and the column its number came from, in one integer: -1 when it has none of them. */
export function packRemarks(r: RowRemarks): number {
  if (r.reason === null && r.note === null && r.column < 0) return -1;
  const reason = r.reason === null ? 0 : (REASON_CODE.get(r.reason) ?? -1) + 1;
  const note = r.note === null ? 0 : (NOTE_CODE.get(r.note) ?? -1) + 1;
  return reason | (note << 5) | ((r.column + 1) << 8);
}

export function unpackRemarks(packed: number): RowRemarks {
  if (packed < 0) return { reason: null, note: null, column: -1 };
  return {
    reason: REASONS[(packed & 31) - 1] ?? null,
    note: NOTES[((packed >> 5) & 7) - 1] ?? null,
    column: (packed >> 8) - 1,
  };
}

/** Rows a chunk of the file usually holds, to size the first array. */
const FIRST_ROWS = 2048;

/** The checked rows of one chunk of the file, gathered as a CheckedChunk. */
export class CheckedRun {
  private rows = new Int32Array(FIRST_ROWS * ROW_INTS);
  private count = 0;
  /** Emptied, never replaced: a new array per chunk changed its shape and made the engine compile add() again. */
  private readonly numbers: string[] = [];
  private readonly cells: string[][] = [];
  private text = '';

  /** A row read cell by cell. */
  addCells(v: RowVerdict, rowNumber: number, cells: string[]): void {
    this.add(v, rowNumber, -1, this.cells.length);
    this.cells.push(cells);
  }

  /** A row kept as [start, end) of `text`; `delimiter` splits it into its cells. */
  addText(v: RowVerdict, rowNumber: number, text: string, start: number, end: number, delimiter: string): void {
    if (this.text !== text) {
      // A chunk's rows all come from one text; should that change, the row is kept as cells.
      if (this.text !== '') return this.addCells(v, rowNumber, text.slice(start, end).split(delimiter));
      this.text = text;
    }
    this.add(v, rowNumber, start, end);
  }

  /** The rows gathered since the last call, or null when there are none. */
  take(newline: string): CheckedChunk | null {
    if (this.count === 0) return null;
    const chunk: CheckedChunk = {
      text: this.text,
      newline,
      // A copy of the used part: it moves to the storing thread, and this run keeps its array.
      rows: this.rows.slice(0, this.count * ROW_INTS),
      count: this.count,
      numbers: this.numbers.join(FIELD_SEPARATOR),
      cells: this.cells.length > 0 ? JSON.stringify(this.cells) : '',
    };
    this.count = 0;
    this.numbers.length = 0;
    this.cells.length = 0;
    this.text = '';
    return chunk;
  }

  private add(v: RowVerdict, rowNumber: number, start: number, end: number): void {
    const k = this.count++ * ROW_INTS;
    if (k + ROW_INTS > this.rows.length) {
      const larger = new Int32Array(this.rows.length * 2);
      larger.set(this.rows);
      this.rows = larger;
    }
    const rows = this.rows;
    if (v.number !== null) {
      writeNumberKey(v.number, rows, k);
      this.numbers.push(numberAsStored(v.number, v.raw));
    } else {
      rows[k] = 0;
      rows[k + 1] = 0;
    }
    rows[k + RowInt.rowNumber] = rowNumber;
    rows[k + RowInt.start] = start;
    rows[k + RowInt.end] = end;
    rows[k + RowInt.reason] = v.reason === null && v.note === null && v.column < 0 ? -1 : packRemarks(v);
  }
}
