import ExcelJS from 'exceljs';

/** Cells as a test writes them: a value, or a value with the number format Excel shows it in. */
export type MadeCell = string | number | Date | null | { value: number | Date; numFmt: string } | { formula: string; result: number };

export interface MadeSheet {
  name: string;
  rows: MadeCell[][];
  /** Ranges such as "A1:E1" merged into one cell. */
  merges?: string[];
  /** Rows (1-based) given formatting over `styledColumns` columns without any value, as Excel leaves after formatting a range. */
  styledEmpty?: { rows: number[]; columns: number };
  /** Where the first row goes: rows above it stay empty. */
  startRow?: number;
}

/** Writes an .xlsx with Excel's own library for the workbook format, as a person saving from Excel would. */
export async function makeWorkbook(path: string, sheets: MadeSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const made of sheets) {
    const sheet = workbook.addWorksheet(made.name);
    const start = made.startRow ?? 1;
    made.rows.forEach((cells, r) => {
      const row = sheet.getRow(start + r);
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = row.getCell(c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date) && 'numFmt' in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
        }
      });
      row.commit();
    });
    for (const range of made.merges ?? []) sheet.mergeCells(range);
    for (const r of made.styledEmpty?.rows ?? []) {
      for (let c = 1; c <= (made.styledEmpty?.columns ?? 0); c++) {
        const cell = sheet.getRow(r).getCell(c);
        if (cell.value === null) cell.style = { font: { bold: true } };
      }
    }
  }
  await workbook.xlsx.writeFile(path);
}
