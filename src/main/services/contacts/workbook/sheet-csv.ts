import type { SplitVisitor } from '../sheet-splitter';
import type { WorkbookRow } from './workbook-reader';

/**
 * Rows read ahead to settle how many columns the sheet has. Excel's used range counts cells that
 * only hold formatting, which would add empty columns: the width is the widest row of text here.
 */
export const WIDTH_ROWS = 1000;

/**
 * Turns a sheet's rows into CSV text, as Excel's "Save as CSV" would write it: every row as wide as
 * the sheet, a blank line for every empty row between rows that hold something, so that a row's
 * number in the import is its row number in Excel. Empty rows at the end are left out. The import
 * then reads the text exactly as it reads a CSV file, with every rule of that path.
 */
export class SheetCsv {
  private width: number | null = null;
  private readonly ahead: WorkbookRow[] = [];
  private nextRow = 1;
  private out: string[] = [];
  /** For each piece of `out` that is a row with a quoted cell: its cells, as a CSV reader would read them back. */
  private quotedCells = new Map<number, string[]>();
  /** Pieces of `out` that are only the blank lines of a gap between rows. */
  private gaps = new Set<number>();
  private chars = 0;

  /** Characters of CSV text waiting to be taken. */
  get pending(): number {
    return this.chars;
  }

  add(row: WorkbookRow): void {
    if (row.cells.length === 0) return;
    if (this.width === null) {
      this.ahead.push(row);
      if (this.ahead.length >= WIDTH_ROWS) this.settle();
      return;
    }
    this.write(row, this.width);
  }

  /** The CSV text so far. */
  take(): string {
    const text = this.out.join('');
    this.out = [];
    this.quotedCells = new Map();
    this.gaps = new Set();
    this.chars = 0;
    return text;
  }

  /**
   * Hands the rows so far to `visitor` as SheetSplitter would hand their CSV text over, without
   * reading the text back: a row without a quote as its line of one text shared by the run
   * (`final` takes the rows held back to settle the width too), a row with one as its cells.
   */
  handTo(visitor: SplitVisitor, final: boolean): void {
    if (final && this.width === null) this.settle();
    const quoted = this.quotedCells;
    const gaps = this.gaps;
    const pieces = this.out;
    const text = this.take();
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      const cells = quoted.get(i);
      if (cells) visitor.record(cells);
      else if (gaps.has(i)) for (let blank = at; blank < at + piece.length; blank++) visitor.line(text, blank, blank);
      else visitor.line(text, at, at + piece.length - 1);
      at += piece.length;
    }
  }

  /** Every row left, at the end of the sheet. */
  finish(): string {
    if (this.width === null) this.settle();
    return this.take();
  }

  private settle(): void {
    let width = 0;
    for (const row of this.ahead) width = Math.max(width, row.cells.length);
    this.width = width;
    for (const row of this.ahead.splice(0)) this.write(row, width);
  }

  private write(row: WorkbookRow, width: number): void {
    const gap = row.number - this.nextRow;
    if (gap > 0) this.push('\n'.repeat(gap), null, true);
    const { cells } = row;
    const count = Math.max(width, cells.length);
    let line = '';
    let anyQuoted = false;
    for (let i = 0; i < count; i++) {
      if (i > 0) line += ',';
      const cell = cells[i];
      if (!cell) continue;
      if (NEEDS_QUOTES.test(cell)) {
        anyQuoted = true;
        line += `"${cell.replace(/"/g, '""')}"`;
      } else line += cell;
    }
    this.nextRow = row.number + 1;
    this.push(`${line}\n`, anyQuoted ? padded(cells, count) : null, false);
  }

  private push(piece: string, quotedCells: string[] | null, gap: boolean): void {
    if (quotedCells) this.quotedCells.set(this.out.length, quotedCells);
    if (gap) this.gaps.add(this.out.length);
    this.out.push(piece);
    this.chars += piece.length;
  }
}

function padded(cells: string[], count: number): string[] {
  const all = cells.slice();
  for (let i = cells.length; i < count; i++) all.push('');
  return all;
}

const NEEDS_QUOTES = /[",\r\n]/;
