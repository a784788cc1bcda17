import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanHeaders } from '../../../shared/imports/columns';
import type { Delimiter, Encoding, ImportCounts } from '../../../shared/imports/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { StoredBlock } from '../../store/contact-blocks';
import { BlockPacker, type PackerKeeps, type PackerState } from './block-packer';
import { HeldRows } from './held-rows';
import type { NumberIndexState } from './number-index';
import { readRecords } from './read-records';
import { RowChecker, type RowVerdict } from './row-checker';
import { unreadable } from './sniff-file';
import { bomLength } from './text-decoding';

/** Everything a worker needs to read and check one sheet; plain data, so it can cross threads. */
export interface SheetJobSpec {
  filePath: string;
  encoding: Encoding;
  delimiter: Delimiter;
  phoneColumn: number;
  variableColumns: number[];
  country: string;
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

/** Receives finished blocks in order; a returned promise holds the reading back until it settles. */
export type BlockSink = (blocks: StoredBlock[], progress: SheetJobProgress) => void | Promise<void>;

/** Reads, parses and checks the whole sheet, handing blocks of checked rows to `sink`. */
export async function runSheetJob(spec: SheetJobSpec, sink: BlockSink, signal?: AbortSignal): Promise<SheetJobResult> {
  const file = await openSheet(spec);
  const packer = new BlockPacker(spec.blockSize, spec.keeps, spec.variableColumns);
  const read = await checkRecords(spec, file, { start: file.bomLength }, packer, sink, signal);
  const { headers, checker } = requireHeader(read, file.fileName);
  await sink(packer.finish(), { bytesRead: file.sizeBytes, sizeBytes: file.sizeBytes, rows: checker.counts.rows });
  return { headers, counts: checker.counts, sizeBytes: file.sizeBytes };
}

/** The first part of a sheet read in two: its blocks go to `sink`, its open blocks and numbers are handed on. */
export interface FirstPartResult extends SheetJobResult {
  /** Records read, the header and blank lines included. */
  records: number;
  /** Whether the part ended between records, not inside a quoted cell. */
  cleanEnd: boolean;
  packer: PackerState;
  index: NumberIndexState;
}

export async function runFirstPart(spec: SheetJobSpec, end: number, sink: BlockSink, signal?: AbortSignal): Promise<FirstPartResult> {
  const file = await openSheet(spec);
  const packer = new BlockPacker(spec.blockSize, spec.keeps, spec.variableColumns);
  const read = await checkRecords(spec, file, { start: file.bomLength, end }, packer, sink, signal);
  const { headers, checker } = requireHeader(read, file.fileName);
  const blocks = packer.take();
  if (blocks.length > 0) await sink(blocks, { bytesRead: read.bytesRead, sizeBytes: file.sizeBytes, rows: checker.counts.rows });
  return {
    headers,
    counts: checker.counts,
    sizeBytes: file.sizeBytes,
    records: read.records,
    cleanEnd: read.cleanEnd,
    packer: packer.snapshot(),
    index: checker.index.state(),
  };
}

export interface RestPart {
  start: number;
  /** Records before `start`, so the first record here is row recordsBefore + 1. */
  recordsBefore: number;
  headerCount: number;
}

/** The second part of a sheet read in two: checked and held until the first part's numbers are known. */
export async function runRestPart(
  spec: SheetJobSpec,
  part: RestPart,
  onProgress: (p: SheetJobProgress) => void,
  signal?: AbortSignal,
): Promise<{ held: HeldRows; counts: ImportCounts; records: number }> {
  const file = await openSheet(spec);
  const held = new HeldRows(spec.variableColumns);
  const checker = new RowChecker({
    headerCount: part.headerCount,
    phoneColumn: spec.phoneColumn,
    country: spec.country,
    expectedRows: Math.ceil((file.sizeBytes - part.start) / 40),
  });
  const read = await checkRecords(
    spec,
    file,
    { start: part.start, rowNumberBase: part.recordsBefore, checker },
    held,
    (_, progress) => {
      onProgress(progress);
    },
    signal,
  );
  return { held, counts: checker.counts, records: read.records };
}

interface OpenedSheet {
  fileName: string;
  sizeBytes: number;
  bomLength: number;
}

interface RowConsumer {
  add(v: RowVerdict, rowNumber: number, record: readonly string[], plain: boolean): void;
  take(): StoredBlock[];
}

interface ReadOutcome {
  headers: string[] | null;
  checker: RowChecker | null;
  records: number;
  bytesRead: number;
  cleanEnd: boolean;
}

/**
 * The loop every part shares: each record gets its row number (its record count from the
 * start of the file, as Excel numbers rows), the header is read when no checker is given,
 * and every other record goes through the checker to `consumer`.
 */
async function checkRecords(
  spec: SheetJobSpec,
  file: OpenedSheet,
  range: { start: number; end?: number; rowNumberBase?: number; checker?: RowChecker },
  consumer: RowConsumer,
  sink: BlockSink,
  signal?: AbortSignal,
): Promise<ReadOutcome> {
  // Written inside the record callback, so kept in an object the compiler does not narrow.
  const out: ReadOutcome & { pending: void | Promise<void> } = {
    headers: null,
    checker: range.checker ?? null,
    records: 0,
    bytesRead: 0,
    cleanEnd: true,
    pending: undefined,
  };
  let blankBeforeHeader = 0;
  const base = range.rowNumberBase ?? 0;
  await readRecords(
    { filePath: spec.filePath, encoding: spec.encoding, start: range.start, delimiter: spec.delimiter, ...(range.end === undefined ? {} : { end: range.end }) },
    (records, progress) => {
      for (const record of records) {
        const rowNumber = base + ++out.records;
        if (out.checker) {
          const v = out.checker.check(record, rowNumber);
          if (v) consumer.add(v, rowNumber, record, progress.plain);
        } else if (record.every((cell) => cell.trim() === '')) {
          blankBeforeHeader++;
        } else {
          out.headers = cleanHeaders(record);
          out.checker = startChecking(spec, out.headers, file);
        }
      }
      out.bytesRead = progress.bytesRead;
      out.cleanEnd = !progress.unclosedQuote;
      const blocks = consumer.take();
      out.pending = sink(blocks, { bytesRead: progress.bytesRead, sizeBytes: file.sizeBytes, rows: out.checker?.counts.rows ?? 0 });
      return out.pending;
    },
    signal,
  );
  await out.pending;
  if (out.checker) out.checker.counts.skippedEmpty += blankBeforeHeader;
  return out;
}

function requireHeader(read: ReadOutcome, fileName: string): { headers: string[]; checker: RowChecker } {
  if (!read.headers || !read.checker) throw unreadable('empty-file', `“${fileName}” has no rows: it holds only blank lines.`);
  return { headers: read.headers, checker: read.checker };
}

function startChecking(spec: SheetJobSpec, headers: string[], file: OpenedSheet): RowChecker {
  const columns = [spec.phoneColumn, ...spec.variableColumns];
  const missing = columns.find((c) => c >= headers.length);
  if (missing !== undefined) {
    throw new AppError(
      'validation',
      `“${file.fileName}” has ${headers.length} columns now, fewer than when it was opened: open it again and check the columns.`,
    );
  }
  return new RowChecker({
    headerCount: headers.length,
    phoneColumn: spec.phoneColumn,
    country: spec.country,
    // Sheets run at 40 to 60 bytes a row; sizing for 40 means the index rarely grows.
    expectedRows: Math.ceil(file.sizeBytes / 40),
  });
}

async function openSheet(spec: SheetJobSpec): Promise<OpenedSheet> {
  const fileName = basename(spec.filePath);
  let handle;
  try {
    handle = await open(spec.filePath, 'r');
  } catch {
    throw unreadable('file-not-found', `“${fileName}” is not there any more: it may have been moved or renamed.`);
  }
  try {
    const { size } = await stat(spec.filePath);
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return { fileName, sizeBytes: size, bomLength: bomLength(head.subarray(0, bytesRead), spec.encoding) };
  } finally {
    await handle.close();
  }
}
