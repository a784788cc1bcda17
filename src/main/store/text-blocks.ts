import type { InvalidReason, RowNote } from '../../shared/contacts/schemas';
import type { StoredRow } from './contact-blocks';

/** What is said of a row besides its number: why it is refused, a note on its cell, the column the number came from. */
export interface RowRemarks {
  reason: InvalidReason | null;
  note: RowNote | null;
  /** -1: the phone column. */
  column: number;
}

/**
 * Blocks written since imports keep rows as the sheet's own text. Such a block starts with
 * TEXT_BLOCK_MARK (an older block starts with a digit or "["), then a JSON header, then
 * ROW_SEPARATOR, then the body: its rows joined by the sheet's line break. A row of the body
 * is the row's text as the sheet has it, unquoted, so its cells are what lies between its
 * delimiters and consecutive rows of the sheet are one stretch of its text; a row that held
 * quotes is written instead as the JSON array of its cells. JSON escapes line breaks and
 * control characters, so neither kind of row holds a line break, and the header no row
 * separator.
 */
export const TEXT_BLOCK_MARK = '\u0002';
const ROW_SEPARATOR = '\u001e';

interface TextBlockHeader {
  /** The sheet's line break, which stands between the rows of the body, and its delimiter. */
  nl: string;
  sep: string;
  /** The phone column and the variable columns, in the list's variable order. */
  phone: number;
  vars: number[];
  /**
   * Per row of the body: its row number, as runs of consecutive numbers ([first, count, ...]);
   * its E.164 number as numberAsStored writes it, all joined by commas (empty for none); and,
   * when any row has one, its reason and the row it repeats.
   */
  rows: number[];
  numbers: string;
  reasons?: Array<InvalidReason | null>;
  dup?: Array<number | null>;
  /**
   * Added later, absent from older blocks: per row, a note on its number cell, and the column
   * its number was read from when not the phone column (null for the phone column).
   */
  notes?: Array<RowNote | null>;
  src?: Array<number | null>;
  /** Rows of the body written as JSON, by index. */
  json?: number[];
}

export interface RowLayout {
  delimiter: string;
  phoneColumn: number;
  variableColumns: readonly number[];
}

/** Gathers the rows of one block of one stream; see TEXT_BLOCK_MARK. */
export class TextBlockBuilder {
  private readonly runs: number[] = [];
  private count = 0;
  private nextRow = -1;
  private readonly numbers: string[] = [];
  /**
   * Kept for every row and written only when a row has one: one array shape for every block
   * and no branch first taken late in a sheet, either of which makes the engine compile the
   * packing loop again (several times per import, measured).
   */
  private readonly reasons: Array<InvalidReason | null> = [];
  private readonly dup: Array<number | null> = [];
  private readonly notes: Array<RowNote | null> = [];
  private readonly src: Array<number | null> = [];
  private readonly json: number[] = [];
  private anyReason = false;
  private anyDup = false;
  private anyNote = false;
  private anySrc = false;
  private readonly pieces: string[] = [];
  private newline: string | null = null;
  /** The stretch of text being extended: consecutive rows of one chunk of the sheet. */
  private text = '';
  private textChunk = -1;
  private textStart = 0;
  private textEnd = -1;

  constructor(private readonly layout: RowLayout) {}

  get size(): number {
    return this.count;
  }

  /** A row that is [start, end) of `text`, the `chunk`th chunk of the sheet. */
  addText(
    chunk: number,
    text: string,
    start: number,
    end: number,
    newline: string,
    rowNumber: number,
    number: string | null,
    remarks: RowRemarks | null,
    duplicateOf: number | null,
  ): void {
    this.newline ??= newline;
    if (chunk === this.textChunk && start === this.textEnd + newline.length && newline === this.newline) {
      this.textEnd = end;
    } else {
      this.closeStretch();
      this.text = text;
      this.textChunk = chunk;
      this.textStart = start;
      this.textEnd = end;
    }
    this.addRow(rowNumber, number, remarks, duplicateOf);
  }

  /** A row kept as its cells. */
  addCells(
    cells: readonly string[],
    rowNumber: number,
    number: string | null,
    remarks: RowRemarks | null,
    duplicateOf: number | null,
  ): void {
    this.closeStretch();
    this.json.push(this.count);
    this.pieces.push(JSON.stringify(cells));
    this.addRow(rowNumber, number, remarks, duplicateOf);
  }

  /** The block's stored text. */
  finish(): string {
    this.closeStretch();
    // Every key in one literal, in the stored order; JSON leaves out those that are undefined.
    const header: TextBlockHeader = {
      nl: this.newline ?? '\n',
      sep: this.layout.delimiter,
      phone: this.layout.phoneColumn,
      vars: [...this.layout.variableColumns],
      rows: this.runs,
      numbers: this.numbers.join(','),
      reasons: this.anyReason ? this.reasons : undefined,
      dup: this.anyDup ? this.dup : undefined,
      notes: this.anyNote ? this.notes : undefined,
      src: this.anySrc ? this.src : undefined,
      json: this.json.length > 0 ? this.json : undefined,
    };
    return TEXT_BLOCK_MARK + JSON.stringify(header) + ROW_SEPARATOR + this.pieces.join(header.nl);
  }

  private addRow(rowNumber: number, number: string | null, remarks: RowRemarks | null, duplicateOf: number | null): void {
    const reason = remarks?.reason ?? null;
    const note = remarks?.note ?? null;
    const column = remarks && remarks.column >= 0 ? remarks.column : null;
    this.count++;
    if (rowNumber === this.nextRow) this.runs[this.runs.length - 1] = (this.runs[this.runs.length - 1] ?? 0) + 1;
    else this.runs.push(rowNumber, 1);
    this.nextRow = rowNumber + 1;
    this.numbers.push(number ?? '');
    this.reasons.push(reason);
    this.dup.push(duplicateOf);
    this.notes.push(note);
    this.src.push(column);
    this.anyReason = this.anyReason || reason !== null;
    this.anyDup = this.anyDup || duplicateOf !== null;
    this.anyNote = this.anyNote || note !== null;
    this.anySrc = this.anySrc || column !== null;
  }

  private closeStretch(): void {
    if (this.textEnd < 0) return;
    this.pieces.push(this.text.slice(this.textStart, this.textEnd));
    this.text = '';
    this.textChunk = -1;
    this.textEnd = -1;
  }
}

/**
 * A row's E.164 number as a block keeps it: "=" when the phone cell is written that way
 * already, "~" and what comes before the cell when the number is the cell with a calling code
 * in front (a 10-digit mobile), else the number itself. The sheet's own text holds the rest.
 */
export function numberAsStored(e164: string, raw: string): string {
  if (e164 === raw) return SAME_AS_CELL;
  const before = e164.length - raw.length;
  if (before > 0 && e164.endsWith(raw))
    return before === lastPrefix.length && e164.startsWith(lastPrefix) ? lastMarked : mark(e164.slice(0, before));
  return e164;
}

const SAME_AS_CELL = '=';
const PREFIXED = '~';
let lastPrefix = '';
let lastMarked = '';

function mark(prefix: string): string {
  lastPrefix = prefix;
  lastMarked = PREFIXED + prefix;
  return lastMarked;
}

function storedNumber(stored: string | undefined, raw: string): string | null {
  if (!stored) return null;
  if (stored === SAME_AS_CELL) return raw;
  return stored.startsWith(PREFIXED) ? stored.slice(PREFIXED.length) + raw : stored;
}

export function isTextBlock(data: string): boolean {
  return data.startsWith(TEXT_BLOCK_MARK);
}

export function decodeTextBlock(data: string): StoredRow[] {
  const split = data.indexOf(ROW_SEPARATOR);
  const header = JSON.parse(data.slice(TEXT_BLOCK_MARK.length, split)) as TextBlockHeader;
  const lines = data.slice(split + 1).split(header.nl);
  const json = new Set(header.json ?? []);
  const numbers = header.numbers.split(',');
  const { phone, vars, rows: runs } = header;
  const rows: StoredRow[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const first = runs[r] ?? 0;
    const count = runs[r + 1] ?? 0;
    for (let n = 0; n < count; n++) {
      const i = rows.length;
      const line = lines[i] ?? '';
      const cells = json.has(i) ? (JSON.parse(line) as string[]) : line.split(header.sep);
      const src = header.src?.[i] ?? null;
      const raw = cells[src ?? phone] ?? '';
      const note = header.notes?.[i] ?? null;
      const extra = note === null && src === null ? null : { note, column: src };
      const row: StoredRow = [first + n, raw, storedNumber(numbers[i], raw), header.reasons?.[i] ?? null, header.dup?.[i] ?? null, extra];
      for (const column of vars) row.push(cells[column] ?? '');
      rows.push(row);
    }
  }
  return rows;
}
