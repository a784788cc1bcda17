import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import type { ChunkDone, ReadProgress } from '../read-records';
import type { SplitVisitor } from '../sheet-splitter';
import { missingSheet } from './inspect-workbook';
import { damaged, openWorkbook } from './sample-workbook';
import { SheetCsv } from './sheet-csv';

/** CSV text handed over at a time: about what a CSV file's chunk holds. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Streams one sheet of a workbook to `visitor` as the rows of the CSV text Excel would save
 * (SheetCsv), handed over as the splitter a CSV file goes through would hand that text over, so
 * every rule of a CSV import applies to it unchanged; the text is not read back to find its
 * rows. Progress counts the workbook's bytes read; the reader is held back while the consumer
 * catches up, and stops when `signal` aborts.
 */
export async function readWorkbookRecords(
  source: { filePath: string; sheet: string },
  visitor: SplitVisitor,
  onChunk: ChunkDone,
  signal?: AbortSignal,
): Promise<void> {
  const fileName = basename(source.filePath);
  const progress: ReadProgress = { bytesRead: 0, newline: '\n' };
  const hand = async (csv: SheetCsv, final: boolean): Promise<void> => {
    if (signal?.aborted) throw cancelled();
    csv.handTo(visitor, final);
    const pending = onChunk(progress);
    if (pending) await pending;
    if (signal?.aborted) throw cancelled();
  };
  const workbook = await openWorkbook(source.filePath, 'import');
  try {
    const sheet = workbook.sheets.find((s) => s.name === source.sheet);
    if (!sheet)
      throw missingSheet(
        fileName,
        source.sheet,
        workbook.sheets.map((s) => s.name),
      );
    // Progress is the share of the sheet unpacked, told in the file's bytes as for a CSV file.
    const unpacked = Math.max(1, workbook.sizeOf(sheet));
    const fileBytes = (await stat(source.filePath)).size;
    let read = 0;
    const csv = new SheetCsv();
    for await (const rows of workbook.batches(sheet, (n) => (read += n))) {
      for (const row of rows) csv.add(row);
      if (csv.pending >= CHUNK_CHARS) {
        progress.bytesRead = Math.min(fileBytes, Math.round((read / unpacked) * fileBytes));
        await hand(csv, false);
      }
    }
    progress.bytesRead = fileBytes;
    await hand(csv, true);
  } catch (error) {
    throw error instanceof AppError ? error : damaged(fileName, error);
  } finally {
    workbook.close();
  }
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Stopped before the end of the file.');
}
