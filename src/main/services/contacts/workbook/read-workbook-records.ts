import { basename } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import type { ChunkDone, ReadProgress } from '../read-records';
import { SheetSplitter, type SplitVisitor } from '../sheet-splitter';
import { damaged } from './sample-workbook';
import { missingSheet } from './inspect-workbook';
import { SheetCsv } from './sheet-csv';
import { readWorkbook } from './workbook-reader';

/** CSV text handed to the splitter at a time: about what a CSV file's chunk holds. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Streams one sheet of a workbook to `visitor` as the rows of the CSV text Excel would save
 * (SheetCsv), through the same splitter a CSV file goes through, so every rule of a CSV import
 * applies to it unchanged. Progress counts the workbook's bytes read; the reader is held back
 * while the consumer catches up, and stops when `signal` aborts.
 */
export async function readWorkbookRecords(
  source: { filePath: string; sheet: string },
  visitor: SplitVisitor,
  onChunk: ChunkDone,
  signal?: AbortSignal,
): Promise<void> {
  const fileName = basename(source.filePath);
  const progress: ReadProgress = { bytesRead: 0, newline: '\n' };
  const splitter = new SheetSplitter(',', visitor);
  const names: string[] = [];
  const hand = async (text: string, final: boolean): Promise<void> => {
    if (signal?.aborted) throw cancelled();
    splitter.push(text, final);
    const pending = onChunk(progress);
    if (pending) await pending;
    if (signal?.aborted) throw cancelled();
  };
  try {
    for await (const sheet of readWorkbook(source.filePath, { onBytes: (n) => (progress.bytesRead += n) })) {
      names.push(sheet.name);
      if (sheet.name !== source.sheet) continue;
      const csv = new SheetCsv();
      for await (const row of sheet.rows()) {
        csv.add(row);
        if (csv.pending >= CHUNK_CHARS) await hand(csv.take(), false);
      }
      await hand(csv.finish(), true);
      return;
    }
  } catch (error) {
    throw error instanceof AppError ? error : damaged(fileName, error);
  }
  throw missingSheet(fileName, source.sheet, names);
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Stopped before the end of the file.');
}
