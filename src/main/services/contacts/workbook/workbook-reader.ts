import type { Readable } from 'node:stream';
import { cellText } from './cell-text';
import { PartsKeeper } from './kept-parts';
import { countRowsIn, type ZipParts } from './workbook-file';

/** One row of a sheet as Excel shows it: its row number and the text of its cells, trailing empty cells left off. */
export interface WorkbookRow {
  number: number;
  cells: string[];
}

/** A sheet as its tab names it, and the part of the file that holds it. */
export interface WorkbookSheet {
  name: string;
  path: string;
}

interface RowLike {
  number: number;
  eachCell(callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

/** A sheet's parser: the events (rows among them) of each piece of the sheet's XML, a piece at a time. */
interface SheetEvents {
  parse(): AsyncGenerator<Array<{ eventType: string; value: unknown }>>;
}

/**
 * The parts of exceljs's streaming WorkbookReader this reader drives itself: each parses one part
 * of the workbook from a stream. Driving them in the order the parts are needed (relations,
 * workbook, styles, shared strings, then the one sheet) spares the library's reader what it does
 * when shared strings come after the sheets in the file, as Excel stores them: copy every sheet to
 * a temporary file first. The version is pinned in package.json; test/unit/contacts/workbooks.test.ts
 * reads workbooks through it.
 */
interface ReaderParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: SheetEvents }>;
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ name: string; rId: string }> };
}

/** Why a workbook is opened: a preview keeps its parsed parts for the import, which takes them. */
export interface WorkbookUse {
  purpose: 'preview' | 'import';
  /** The file as it is now: its path, size and modification time. */
  key: string;
}

interface ParsedParts {
  reader: ReaderParts;
  sheets: WorkbookSheet[];
}

const kept = new PartsKeeper<ParsedParts>();

/** An Excel workbook open for reading: its sheets in tab order, each read as a stream of rows. */
export class Workbook {
  private constructor(
    private readonly zip: ZipParts,
    private readonly reader: ReaderParts,
    readonly sheets: WorkbookSheet[],
  ) {}

  /**
   * Opens the workbook and reads its styles and shared strings (or takes them from the preview of
   * the same file, see PartsKeeper); the zip must hold xl/workbook.xml.
   */
  static async open(zip: ZipParts, use: WorkbookUse): Promise<Workbook> {
    const known = use.purpose === 'import' ? kept.take(use.key) : kept.peek(use.key);
    if (known) return new Workbook(zip, known.reader, known.sheets);
    const parsed = await parseParts(zip);
    if (use.purpose === 'preview') kept.keep(use.key, parsed);
    return new Workbook(zip, parsed.reader, parsed.sheets);
  }

  /** Rows of a sheet holding a value, counted without parsing the sheet (see countRowsIn). */
  async countRows(sheet: WorkbookSheet): Promise<number> {
    return countRowsIn(await this.zip.open(sheet.path));
  }

  /** The unpacked size of a sheet's part, against which `onBytes` counts. */
  sizeOf(sheet: WorkbookSheet): number {
    return this.zip.sizeOf(sheet.path);
  }

  /** The sheet's rows in order, each cell as Excel shows it; stopping early leaves the rest unread. */
  async *rows(sheet: WorkbookSheet): AsyncGenerator<WorkbookRow> {
    for await (const batch of this.batches(sheet)) yield* batch;
  }

  /**
   * The sheet's rows as `rows` gives them, in the runs the parser reads them in (a piece of the
   * sheet's XML at a time): a sheet of many rows is not paid for a row at a time in awaits.
   */
  async *batches(sheet: WorkbookSheet, onBytes?: (n: number) => void): AsyncGenerator<WorkbookRow[]> {
    const stream = await this.zip.open(sheet.path);
    if (onBytes) stream.on('data', (chunk: Buffer) => onBytes(chunk.length));
    try {
      const sheetNo = /(\d+)\.xml$/.exec(sheet.path)?.[1] ?? '1';
      const numbering = { last: 0 };
      for (const event of this.reader._parseWorksheet(stream as AsyncIterable<Buffer>, sheetNo)) {
        if (event.eventType !== 'worksheet') continue;
        for await (const events of event.value.parse()) {
          const rows: WorkbookRow[] = [];
          for (const { eventType, value } of events) if (eventType === 'row') rows.push(rowOf(value as RowLike, numbering));
          if (rows.length > 0) yield rows;
        }
      }
    } finally {
      stream.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }
}

async function parseParts(zip: ZipParts): Promise<ParsedParts> {
  // Loaded on first use: the library is large, and most imports are CSV files.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(zip as never, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as ReaderParts;
  if (zip.has('xl/_rels/workbook.xml.rels')) await reader._parseRels(await zip.open('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(await zip.open('xl/workbook.xml'));
  if (zip.has('xl/styles.xml')) await reader._parseStyles(await zip.open('xl/styles.xml'));
  if (zip.has('xl/sharedStrings.xml')) {
    for await (const _ of reader._parseSharedStrings(await zip.open('xl/sharedStrings.xml'))) {
      // Cached on the reader as they are read.
    }
  }
  const sheets: WorkbookSheet[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const target = reader.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const path = target ? partPath(target) : null;
    if (path && zip.has(path)) sheets.push({ name: sheet.name, path });
  }
  return { reader, sheets };
}

/** A relation's target as a part's path: relative to xl/, or from the root when it starts with a slash. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function rowOf(row: RowLike, numbering: { last: number }): WorkbookRow {
  const cells: string[] = [];
  row.eachCell((cell, column) => {
    const text = cellText(cell);
    if (text !== '') cells[column - 1] = text;
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= '';
  // A row written without its number follows the one before.
  const number = Number.isFinite(row.number) && row.number > numbering.last ? row.number : numbering.last + 1;
  numbering.last = number;
  return { number, cells };
}
