import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanHeaders } from '../../../shared/contacts/columns';
import { isTotalsRow, numberedHeaders } from '../../../shared/contacts/header-row';
import {
  MAX_CELL_CHARS as CELL_LIMIT,
  type Delimiter,
  type Encoding,
  type HeaderChoice,
  type ImportCounts,
} from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { PackerKeeps } from './block-packer';
import { CheckedRun, type CheckedChunk } from './checked-run';
import { readRecords } from './read-records';
import type { SplitVisitor } from './sheet-splitter';
import { RowChecker, type RowShape } from './row-checker';
import { unreadable } from './sniff-file';
import { bomLength } from './text-decoding';
import { readWorkbookRecords } from './workbook/read-workbook-records';

// Read once: loaded module by module (as the benchmark runs it), each use of an imported binding calls a getter.
const MAX_CELL_CHARS = CELL_LIMIT;

/** Everything a worker needs to read and check one sheet; plain data, so it can cross threads. */
export interface SheetJobSpec {
  filePath: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** The sheet to read when the file is an Excel workbook; its rows are read as CSV text. */
  sheet?: string | undefined;
  phoneColumn: number;
  /** Tried in order when the phone cell is empty; see RowChecker. */
  fallbackColumns?: number[];
  typeColumns?: number[];
  /** Where the column names are; default: the first row that is not blank. */
  header?: HeaderChoice;
  /** For a sheet without a header: how many columns it has (the widest row seen in the preview). */
  columnCount?: number;
  variableColumns: number[];
  country: string;
  /** For the BlockPacker on the storing side; the reading side encodes every row. */
  blockSize: number;
  keeps: PackerKeeps;
}

export interface SheetJobProgress {
  bytesRead: number;
  sizeBytes: number;
  rows: number;
}

export interface SheetJobResult {
  headers: string[];
  counts: ImportCounts;
  sizeBytes: number;
}

/** Receives checked rows in order; a returned promise holds the reading back until it settles. */
export type ChunkSink = (chunk: CheckedChunk, progress: SheetJobProgress) => void | Promise<void>;

/**
 * Reads, parses and checks the whole sheet, handing runs of checked rows to `sink`; finding
 * duplicates and packing blocks is left to the receiver (BlockPacker), so that this thread,
 * the import's slowest, does no more per row than it must. `counts.valid` includes duplicates.
 */
export async function runSheetJob(spec: SheetJobSpec, sink: ChunkSink, signal?: AbortSignal): Promise<SheetJobResult> {
  const fileName = basename(spec.filePath);
  const sizeBytes = await sizeOf(spec.filePath, fileName);
  const skip = bomLength(await firstBytes(spec.filePath), spec.encoding);
  // Written inside the record callback, so kept in an object the compiler does not narrow.
  const state: { headers: string[] | null; checker: RowChecker | null; pending: void | Promise<void> } = {
    headers: null,
    checker: null,
    pending: undefined,
  };
  let blankBeforeHeader = 0;
  let titleRows = 0;
  const header = spec.header ?? { titleRows: 0, hasHeader: true };
  let rowNumber = 0;
  // The line in a text editor where the next record starts: quoted line breaks make rows span lines.
  let line = 1;
  const run = new CheckedRun();
  const { delimiter } = spec;
  const record = (cells: string[]): void => {
    rowNumber++;
    line += 1 + lineBreaksIn(cells);
    const checker = state.checker;
    if (checker) {
      const long = longCells(cells);
      const v = long ? checker.refuseRow(long, 'cell-too-long') : checker.check(cells);
      if (v) run.addCells(v, rowNumber, long ?? cells);
    } else if (cells.every((cell) => cell.trim() === '')) {
      blankBeforeHeader++;
    } else if (titleRows < header.titleRows) {
      titleRows++;
    } else if (header.hasHeader) {
      if (longCells(cells)) throw headerTooLong(fileName);
      state.headers = cleanHeaders(cells);
      state.checker = startChecking(spec, state.headers, fileName);
    } else {
      // No header: this row is the first contact, under columns named by their place.
      state.headers = numberedHeaders(Math.max(spec.columnCount ?? 0, cells.length));
      state.checker = startChecking(spec, state.headers, fileName);
      // Counted again as the data row it is.
      rowNumber--;
      line -= 1 + lineBreaksIn(cells);
      record(cells);
    }
  };

  const visitor: SplitVisitor = {
    record,
    line(text, start, end) {
      const checker = state.checker;
      const phone = checker && end - start <= MAX_CELL_CHARS ? phoneCellAt(text, start, end, delimiter, checker.shape) : -1;
      if (phone < 0 || !checker) return record(text.slice(start, end).split(delimiter));
      rowNumber++;
      line++;
      const found = text.indexOf(delimiter, phone);
      const phoneEnd = found < 0 || found > end ? end : found;
      const v = checker.checkCell(text.slice(phone, phoneEnd));
      if (v.reason !== null && isTotalsRow(text.slice(start, end).split(delimiter))) checker.relabel('totals-row');
      run.addText(v, rowNumber, text, start, end, delimiter);
    },
  };

  const onChunk = ({ bytesRead, newline }: { bytesRead: number; newline: string }): void | Promise<void> => {
    const chunk = run.take(newline);
    if (!chunk) return;
    state.pending = sink(chunk, { bytesRead, sizeBytes, rows: state.checker?.counts.rows ?? 0 });
    return state.pending;
  };
  if (spec.sheet !== undefined) await readWorkbookRecords({ filePath: spec.filePath, sheet: spec.sheet }, visitor, onChunk, signal);
  else
    await readRecords(
      { filePath: spec.filePath, encoding: spec.encoding, bomLength: skip, delimiter: spec.delimiter },
      visitor,
      onChunk,
      signal,
      () => line,
    );
  await state.pending;
  const { headers, checker } = state;
  if (!headers || !checker) throw unreadable('empty-file', `“${fileName}” has no rows: it holds only blank lines.`);
  const counts = checker.counts;
  counts.skippedEmpty += blankBeforeHeader;
  if (titleRows > 0) counts.titleRows = titleRows;
  return { headers, counts, sizeBytes };
}

/**
 * Where the phone cell of a row kept as text starts, or -1 when the row must be read cell by
 * cell: its columns do not match the header's, or its phone cell is empty or starts with a
 * space (the row may be blank, which is counted apart).
 */
function phoneCellAt(text: string, start: number, end: number, delimiter: string, layout: RowShape): number {
  let cells = 1;
  let phone = layout.phoneColumn === 0 ? start : -1;
  for (let at = text.indexOf(delimiter, start); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
    if (cells === layout.phoneColumn) phone = at + 1;
    cells++;
  }
  if (
    layout.cellsOnly ||
    cells !== layout.headerCount ||
    phone < 0 ||
    phone >= end ||
    text.charCodeAt(phone) <= 32 ||
    text.startsWith(delimiter, phone)
  ) {
    return -1;
  }
  return phone;
}

function lineBreaksIn(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) n++;
  }
  return n;
}

/** The record with every cell cut to the cap, or null when none is over it (the usual case, at no cost). */
function longCells(record: readonly string[]): string[] | null {
  if (!record.some((cell) => cell.length > MAX_CELL_CHARS)) return null;
  return record.map((cell) => (cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell));
}

export function headerTooLong(fileName: string): AppError {
  return unreadable(
    'header-too-long',
    `The first row of “${fileName}” (its header, the column names) holds a cell of more than 4 KB: that is not a header. ` +
      'Check that the file is a contact sheet and that its first row names the columns.',
  );
}

function startChecking(spec: SheetJobSpec, headers: string[], fileName: string): RowChecker {
  const columns = [
    spec.phoneColumn,
    ...spec.variableColumns,
    ...(spec.fallbackColumns ?? []),
    ...(spec.typeColumns ?? []).filter((c) => c >= 0),
  ];
  const missing = columns.find((c) => c >= headers.length);
  if (missing !== undefined) {
    throw new AppError(
      'validation',
      `“${fileName}” has ${headers.length} columns now, fewer than when it was opened: open it again and check the columns.`,
    );
  }
  return new RowChecker({
    headerCount: headers.length,
    phoneColumn: spec.phoneColumn,
    country: spec.country,
    delimiter: spec.delimiter,
    ...(spec.fallbackColumns ? { fallbackColumns: spec.fallbackColumns } : {}),
    ...(spec.typeColumns ? { typeColumns: spec.typeColumns } : {}),
  });
}

async function sizeOf(filePath: string, fileName: string): Promise<number> {
  try {
    return (await stat(filePath)).size;
  } catch {
    throw unreadable('file-not-found', `“${fileName}” is not there any more: it may have been moved or renamed.`);
  }
}

async function firstBytes(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
