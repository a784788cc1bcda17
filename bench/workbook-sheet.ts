import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Writes the bench's CSV sheet again as an .xlsx, as a person's workbook holds it: numbers typed
 * as numbers (a phone of digits only, the amount in 0.00), the due date as a date cell in
 * dd/mm/yyyy, text in the shared-strings table, all written by the library the app reads with.
 */
export async function writeWorkbookFromCsv(csvPath: string, xlsxPath: string): Promise<void> {
  const parsed = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { skipEmptyLines: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Contacts');
  const [header, ...rows] = parsed.data;
  sheet.addRow(header ?? []).commit();
  for (const [name, phone, city, amount, due] of rows) {
    const row = sheet.addRow([name, phone && /^\d+$/.test(phone) ? Number(phone) : phone, city, Number(amount), dateOf(due ?? '')]);
    row.getCell(4).numFmt = '0.00';
    row.getCell(5).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The library's own read of the workbook: every row of every sheet, each cell's value looked at. */
export async function readWorkbookOnly(xlsxPath: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      row.eachCell(() => {
        cells++;
      });
    }
  }
  return cells > 0 ? rows - 1 : 0;
}

function dateOf(text: string): Date | string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : text;
}
