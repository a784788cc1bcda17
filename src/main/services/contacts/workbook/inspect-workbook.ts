import type { ReadOptions } from '../../../../shared/contacts/schemas';
import { AppError } from '../../../../shared/ipc/result';
import type { InspectedSheet } from '../inspect-sheet';
import type { SniffedFile } from '../sniff-file';
import { sampleWorkbook, type SheetSample } from './sample-workbook';

type InspectText = (sniffed: SniffedFile, options: ReadOptions) => Promise<InspectedSheet>;

/**
 * The preview of an Excel workbook: every sheet with its rows, and the chosen one (the one asked
 * for, else the first with a phone column, else the first with rows) previewed as a CSV file is.
 */
export async function inspectWorkbook(filePath: string, options: ReadOptions, inspectText: InspectText): Promise<InspectedSheet> {
  const samples = await sampleWorkbook(filePath);
  const sheets = samples.map((s) => ({ name: s.name, rows: s.rows }));
  const read = async (sample: SheetSample): Promise<InspectedSheet | null> => {
    try {
      return await inspectText(sample.sniffed, { ...options, delimiter: ',', encoding: 'utf-8' });
    } catch (error) {
      // A sheet without rows has no preview; it is still listed, with 0 rows.
      if (error instanceof AppError) return null;
      throw error;
    }
  };
  if (options.sheet !== undefined) {
    const asked = samples.find((s) => s.name === options.sheet);
    if (!asked)
      throw missingSheet(
        samples[0]?.sniffed.fileName ?? filePath,
        options.sheet,
        sheets.map((s) => s.name),
      );
    const inspected = await read(asked);
    if (!inspected)
      throw new AppError('validation', `The sheet “${asked.name}” of “${asked.sniffed.fileName}” is empty: choose another sheet.`, {
        kind: 'empty-sheet',
      });
    return withSheets(inspected, asked.name, sheets);
  }
  let fallback: { inspected: InspectedSheet; name: string } | null = null;
  for (const sample of samples) {
    const inspected = await read(sample);
    if (!inspected) continue;
    if (inspected.preview.guessedPhoneColumn !== null) return withSheets(inspected, sample.name, sheets);
    fallback ??= { inspected, name: sample.name };
  }
  const fileName = samples[0]?.sniffed.fileName ?? filePath;
  if (!fallback)
    throw new AppError('unsupported-file', `Every sheet of “${fileName}” is empty: there are no rows to import.`, { kind: 'empty-file' });
  return withSheets(fallback.inspected, fallback.name, sheets);
}

function withSheets(inspected: InspectedSheet, sheet: string, sheets: Array<{ name: string; rows: number }>): InspectedSheet {
  return { ...inspected, preview: { ...inspected.preview, workbook: { sheet, sheets } } };
}

export function missingSheet(fileName: string, sheet: string, names: string[]): AppError {
  return new AppError(
    'validation',
    `“${fileName}” has no sheet named “${sheet}”. Its sheets are: ${names.map((n) => `“${n}”`).join(', ')}.`,
    { kind: 'no-such-sheet' },
  );
}
