import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText } from './cell-text';

/** One row of a sheet as Excel shows it: its row number and the text of its cells, trailing empty cells left off. */
export interface WorkbookRow {
  number: number;
  cells: string[];
}

/** A sheet as the reader meets it. Its rows must be read, or left, before the next sheet is asked for. */
export interface WorkbookSheet {
  name: string;
  /** N of xl/worksheets/sheetN.xml, which the row counts are keyed by. */
  sheetNo: string;
  rows(): AsyncGenerator<WorkbookRow>;
}

interface RowLike {
  number: number;
  eachCell(callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

interface SheetReaderLike extends AsyncIterable<RowLike> {
  name?: string;
}

/** Bytes of the file handed to the reader so far, for progress: the file is read once, front to back. */
class ByteCounter extends Transform {
  constructor(private readonly onBytes: (n: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onBytes(chunk.length);
    done(null, chunk);
  }
}

export interface ReadWorkbookOptions {
  onBytes?: (n: number) => void;
}

/**
 * Streams a workbook's sheets in the order they are stored, each row's cells as Excel shows them
 * (see cellText). Memory stays bounded by a row and the workbook's shared strings: the sheet's XML
 * is parsed as it is unzipped, never held whole.
 */
export async function* readWorkbook(filePath: string, options: ReadWorkbookOptions = {}): AsyncGenerator<WorkbookSheet> {
  const file = createReadStream(filePath);
  const input = options.onBytes ? file.pipe(new ByteCounter(options.onBytes)) : file;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheetNo = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type?: string; id?: unknown }) => {
    if (entry.type === 'worksheet') sheetNo = String(entry.id);
  });
  try {
    for await (const sheet of reader as unknown as AsyncIterable<SheetReaderLike>) {
      const no = sheetNo;
      yield { name: sheet.name ?? `Sheet${no}`, sheetNo: no, rows: () => rowsOf(sheet) };
    }
  } finally {
    file.destroy();
    if (input !== file) input.destroy();
  }
}

async function* rowsOf(sheet: SheetReaderLike): AsyncGenerator<WorkbookRow> {
  let last = 0;
  for await (const row of sheet) {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      const text = cellText(cell);
      if (text !== '') cells[column - 1] = text;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    // A row written without its number follows the one before.
    const number = Number.isFinite(row.number) && row.number > last ? row.number : last + 1;
    last = number;
    yield { number, cells };
  }
}
