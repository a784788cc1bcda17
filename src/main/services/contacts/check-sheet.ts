import type { ContactRow, Delimiter, Encoding, VariableMapping } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { decodeRowsBlock, Stream, toContactRow, type RowStream } from '../../store/contact-blocks';
import type { ImportWorkers } from './import-workers';
import { inspectSheet } from './inspect-sheet';

export interface CheckOptions {
  country: string;
  signal?: AbortSignal;
  /** Keep every row that is not valid, for a problems report. */
  collectProblems?: boolean;
  /** The sheet of a workbook to check; by default the first with a phone column. */
  sheet?: string;
}

export interface CheckReport {
  encoding: Encoding;
  delimiter: Delimiter;
  /** The sheet read, for a workbook; its sheets and their rows. */
  workbook: { sheet: string; sheets: Array<{ name: string; rows: number }> } | null;
  headers: string[];
  /** The guessed phone column's header. */
  phoneColumn: string;
  phoneColumnIndex: number;
  variables: VariableMapping[];
  rows: number;
  valid: number;
  invalid: number;
  duplicate: number;
  skippedEmpty: number;
  ragged: number;
  invalidReasons: Record<string, number>;
  /** Wall time of the whole check, reading included. */
  ms: number;
  /** Invalid and duplicate rows in sheet order, when asked for. */
  problems: ContactRow[] | null;
}

/** Runs the import pipeline with the guessed mapping and saves nothing. */
export async function checkSheet(
  workers: ImportWorkers,
  filePath: string,
  options: CheckOptions,
  blockSize: number,
): Promise<CheckReport> {
  const started = performance.now();
  const { preview } = await inspectSheet(filePath, options.sheet === undefined ? {} : { sheet: options.sheet });
  const phoneColumnIndex = preview.guessedPhoneColumn;
  if (phoneColumnIndex === null) {
    throw new AppError(
      'validation',
      `No column of “${preview.fileName}”${preview.workbook ? ` (sheet “${preview.workbook.sheet}”)` : ''} looks like phone numbers: name it Phone or Mobile, or check the delimiter.`,
      { kind: 'no-phone-column' },
    );
  }
  const variables = preview.headers
    .map((_, column) => ({ column, name: preview.suggestedNames[column] ?? `Column_${column + 1}` }))
    .filter((v) => v.column !== phoneColumnIndex);
  const names = variables.map((v) => v.name);
  const problems: ContactRow[] = [];
  const result = await workers.run(
    {
      filePath,
      encoding: preview.encoding,
      delimiter: preview.delimiter,
      sheet: preview.workbook?.sheet,
      phoneColumn: phoneColumnIndex,
      variableColumns: variables.map((v) => v.column),
      country: options.country,
      blockSize,
      keeps: { sheet: false, problems: options.collectProblems === true },
    },
    (blocks) => {
      for (const b of blocks) {
        if (b.stream !== Stream.invalid && b.stream !== Stream.duplicate) continue;
        for (const row of decodeRowsBlock(b.data)) problems.push(toContactRow(row, b.stream as RowStream, names));
      }
    },
    options.signal,
  );
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  const { counts } = result;
  return {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    workbook: preview.workbook ?? null,
    headers: result.headers,
    phoneColumn: result.headers[phoneColumnIndex] ?? '',
    phoneColumnIndex,
    variables,
    rows: counts.rows,
    valid: counts.valid,
    invalid: counts.invalid,
    duplicate: counts.duplicate,
    skippedEmpty: counts.skippedEmpty,
    ragged: counts.ragged,
    invalidReasons: counts.invalidReasons,
    ms: Math.round(performance.now() - started),
    problems: options.collectProblems ? problems : null,
  };
}
