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
    this.chars = 0;
    return text;
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
    let line = gap > 0 ? '\n'.repeat(gap) : '';
    const { cells } = row;
    const count = Math.max(width, cells.length);
    for (let i = 0; i < count; i++) {
      if (i > 0) line += ',';
      const cell = cells[i];
      if (cell) line += quoted(cell);
    }
    line += '\n';
    this.nextRow = row.number + 1;
    this.out.push(line);
    this.chars += line.length;
  }
}

const NEEDS_QUOTES = /[",\r\n]/;

function quoted(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
