import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { unreadable, type SniffedFile } from '../sniff-file';
import { SheetCsv, WIDTH_ROWS } from './sheet-csv';
import { Workbook, type WorkbookUse } from './workbook-reader';
import { ZipParts } from './workbook-file';

/** A sheet of a workbook, as the preview lists it. */
export interface SheetSample {
  name: string;
  /** Rows that hold something, the header among them. */
  rows: number;
  /** The sheet's first rows as the CSV text the import reads, ready for the same preview as a CSV file. */
  sniffed: SniffedFile;
}

/** Opens an Excel workbook, or says plainly why the zip file is not one the app reads. */
export async function openWorkbook(filePath: string, purpose: WorkbookUse['purpose']): Promise<Workbook> {
  const fileName = basename(filePath);
  let zip: ZipParts;
  let key: string;
  try {
    const { size, mtimeMs } = await stat(filePath);
    key = `${filePath}\u0000${size}\u0000${mtimeMs}`;
    zip = await ZipParts.open(filePath);
  } catch (error) {
    throw damaged(fileName, error);
  }
  try {
    if (zip.kind === 'ods') throw openDocument(fileName);
    if (zip.kind !== 'xlsx') throw notAWorkbook(fileName);
    return await Workbook.open(zip, { purpose, key });
  } catch (error) {
    zip.close();
    throw error instanceof AppError ? error : damaged(fileName, error);
  }
}

/**
 * Reads the first rows of every sheet of an Excel workbook (as CSV text, see SheetCsv) and counts the
 * rows of each, without parsing any sheet to its end.
 */
export async function sampleWorkbook(filePath: string): Promise<SheetSample[]> {
  const fileName = basename(filePath);
  const sizeBytes = (await stat(filePath)).size;
  const workbook = await openWorkbook(filePath, 'preview');
  try {
    // The counts unpack every sheet on the thread pool while the first rows are parsed here.
    const counting = Promise.all(workbook.sheets.map((sheet) => workbook.countRows(sheet)));
    counting.catch(() => undefined);
    const samples: SheetSample[] = [];
    for (const sheet of workbook.sheets) {
      const csv = new SheetCsv();
      let read = 0;
      let complete = true;
      for await (const row of workbook.rows(sheet)) {
        csv.add(row);
        if (++read >= WIDTH_ROWS) {
          complete = false;
          break;
        }
      }
      const sample = csv.finish();
      samples.push({
        name: sheet.name,
        rows: read,
        sniffed: { filePath, fileName, sizeBytes, encoding: 'utf-8', bomLength: 0, sample, complete, sampleOnly: true },
      });
    }
    const counts = await counting;
    samples.forEach((sample, i) => (sample.rows = counts[i] ?? sample.rows));
    if (samples.length === 0)
      throw unreadable('empty-file', `“${fileName}” is an Excel workbook without any sheet: there are no rows to import.`);
    return samples;
  } catch (error) {
    throw error instanceof AppError ? error : damaged(fileName, error);
  } finally {
    workbook.close();
  }
}

export function damaged(fileName: string, error: unknown): AppError {
  const why = error instanceof Error ? error.message : String(error);
  return unreadable(
    'workbook-file',
    `“${fileName}” could not be read as an Excel workbook (${why}). It may be damaged or only partly copied: ` +
      'open it in Excel, choose File › Save As › “Excel Workbook (.xlsx)”, and open the saved file.',
  );
}

function openDocument(fileName: string): AppError {
  return unreadable(
    'workbook-file',
    `“${fileName}” is an OpenDocument spreadsheet (.ods), which the app does not read. In LibreOffice or Google Sheets, ` +
      'save it as “Excel 2007-365 (.xlsx)” or as CSV, then open the saved file.',
  );
}

function notAWorkbook(fileName: string): AppError {
  return unreadable(
    'workbook-file',
    `“${fileName}” is a zip archive, not a contact sheet. Open an Excel workbook (.xlsx, .xlsm) or a CSV file.`,
  );
}
