import type { ContactRow, Delimiter, Encoding, VariableMapping } from '../../../shared/contacts/schemas';
import { defaultPhoneSettings } from '../../../shared/contacts/default-settings';
import { AppError } from '../../../shared/ipc/result';
import { decodeRowsBlock, Stream, toContactRow, type RowStream } from '../../store/contact-blocks';
import { phoneSources } from './phone-sources';
import type { ImportWorkers } from './import-workers';

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
  /** The guessed phone column's header, and why it was chosen. */
  phoneColumn: string;
  phoneColumnIndex: number;
  phoneReason: string | null;
  /** Headers of the columns tried when the phone cell is empty, in order. */
  fallbackColumns: string[];
  /** A Google Contacts or Outlook export, read its own way. */
  contactsExport: 'google' | 'outlook' | null;
  /** Where the header was found: rows of title above it, or none (every row a contact). */
  titleRows: number;
  hasHeader: boolean;
  notes: Record<string, number>;
  fromOtherColumn: number;
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
export async function checkSheet(workers: ImportWorkers, filePath: string, options: CheckOptions, blockSize: number): Promise<CheckReport> {
  const started = performance.now();
  const preview = await workers.inspect(filePath, {
    country: options.country,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  if (preview.guessedPhoneColumn === null) {
    throw new AppError(
      'validation',
      `No column of “${preview.fileName}”${preview.workbook ? ` (sheet “${preview.workbook.sheet}”)` : ''} looks like phone numbers: name it Phone or Mobile, or check the delimiter.`,
      { kind: 'no-phone-column' },
    );
  }
  const phone = defaultPhoneSettings(preview);
  const phoneColumnIndex = phone.phoneColumn;
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
      ...phoneSources(phone),
      variableColumns: variables.map((v) => v.column),
      country: options.country,
      blockSize,
      // Valid rows are kept only for a report, which lists those with a note on their number.
      keeps: { sheet: options.collectProblems === true, problems: options.collectProblems === true },
    },
    (blocks) => {
      for (const b of blocks) {
        if (b.stream === Stream.order) continue;
        for (const stored of decodeRowsBlock(b.data)) {
          const row = toContactRow(stored, b.stream as RowStream, names);
          if (row.status !== 'valid' || row.note) problems.push(row);
        }
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
    phoneReason: preview.phone?.reason ?? null,
    fallbackColumns: (phone.fallbackColumns ?? []).map((c) => result.headers[c] ?? `Column ${c + 1}`),
    contactsExport: preview.phone?.contactsExport?.kind ?? null,
    titleRows: counts.titleRows ?? 0,
    hasHeader: phone.header?.hasHeader ?? true,
    notes: counts.notes ?? {},
    fromOtherColumn: counts.fromOtherColumn ?? 0,
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
