import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../../shared/ipc/result';
import { unreadable, type SniffedFile } from '../sniff-file';
import { SheetCsv, WIDTH_ROWS } from './sheet-csv';
import { readWorkbook } from './workbook-reader';
import { zipLayout } from './workbook-file';

/** A sheet of a workbook, as the preview lists it. */
export interface SheetSample {
  name: string;
  /** Rows that hold something, the header among them. */
  rows: number;
  /** The sheet's first rows as the CSV text the import reads, ready for the same preview as a CSV file. */
  sniffed: SniffedFile;
}

/**
 * Reads the first rows of every sheet of an Excel workbook (as CSV text, see SheetCsv) and counts the
 * rows of each, without reading any sheet to its end.
 */
export async function sampleWorkbook(filePath: string): Promise<SheetSample[]> {
  const fileName = basename(filePath);
  const layout = await zipLayout(filePath, true).catch((error: unknown) => {
    throw damaged(fileName, error);
  });
  if (layout.kind === 'ods') throw openDocument(fileName);
  if (layout.kind !== 'xlsx') throw notAWorkbook(fileName);
  const samples: SheetSample[] = [];
  const sizeBytes = (await stat(filePath)).size;
  try {
    for await (const sheet of readWorkbook(filePath)) {
      const csv = new SheetCsv();
      let read = 0;
      let complete = true;
      for await (const row of sheet.rows()) {
        csv.add(row);
        if (++read >= WIDTH_ROWS) {
          complete = false;
          break;
        }
      }
      const sample = csv.finish();
      samples.push({
        name: sheet.name,
        rows: layout.rowCounts.get(sheet.sheetNo) ?? read,
        sniffed: { filePath, fileName, sizeBytes, encoding: 'utf-8', bomLength: 0, sample, complete },
      });
    }
  } catch (error) {
    throw error instanceof AppError ? error : damaged(fileName, error);
  }
  if (samples.length === 0) throw unreadable('empty-file', `“${fileName}” is an Excel workbook without any sheet: there are no rows to import.`);
  return samples;
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
