import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanHeaders, findDuplicateHeaders, suggestVariableNames } from '../../../shared/contacts/columns';
import { guessHeader, numberedHeaders } from '../../../shared/contacts/header-row';
import { guessPhone, type CallableNumber } from '../../../shared/contacts/phone-columns';
import { MAX_CELL_CHARS, type HeaderChoice, type SheetReading } from '../../../shared/contacts/schemas';
import { createCellReader } from '../../../shared/phone/read-cell';

/** Rows shown on the preview step. */
export const PREVIEW_ROWS = 20;
/** Rows the columns are scored on, at least: enough that a column filled further down is seen. */
export const SCORED_ROWS = 1000;
/** Records a preview needs at most: the scored rows under a header and a title of a few rows. */
export const RECORDS_READ = SCORED_ROWS + 25;
/** Dates and amounts have digits but are never phone numbers; ruling them out early spares the library. */
const DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const MIN_DIGITS = 7;
const MAX_DIGITS = 17;

function digitCount(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export type RecordsPreview = Pick<
  SheetReading,
  | 'headers'
  | 'sampleRows'
  | 'guessedPhoneColumn'
  | 'suggestedNames'
  | 'duplicateHeaders'
  | 'header'
  | 'detectedHeader'
  | 'titleRows'
  | 'phone'
>;

export interface PreviewInput {
  /** The sheet's first records, blank ones left out, as read from whatever the sheet is (text or workbook). */
  records: readonly (readonly string[])[];
  /** Whether `records` is the whole sheet. */
  complete: boolean;
  country: string;
  delimiter: string;
  /** The user's choice of header; without it, the guess. */
  header?: HeaderChoice;
}

/** No header of column names runs this long; a row that does is not one. */
const MAX_HEADER_CHARS = 64 * 1024;

/** Thrown when the row chosen as the header holds a cell too long to be a column name. */
export class HeaderTooLongError extends Error {}

/**
 * What the preview and mapping steps show, from the sheet's first records: where the header is,
 * the columns' names, the first rows, and the phone column chosen by what its cells hold.
 */
export function previewRecords(input: PreviewInput): RecordsPreview {
  const read = createCellReader(input.country, input.delimiter);
  const callable: CallableNumber = (cell) => {
    if (cell.length === 0 || cell.length > 200) return null;
    const digits = digitCount(cell);
    // A cell of several numbers has more digits than one; one number has at least seven.
    if (digits < MIN_DIGITS || (digits > MAX_DIGITS && !/[:;/\n,]/.test(cell)) || DATE.test(cell.trim())) return null;
    const r = read(cell);
    return r.ok ? r.e164 : null;
  };
  const detected = guessHeader(input.records, callable);
  const header = input.header ?? detected;
  const { records } = input;
  const titleRows = records.slice(0, header.titleRows).map((r) => [...r]);
  const start = header.titleRows + (header.hasHeader ? 1 : 0);
  const headerRecord = header.hasHeader ? records[header.titleRows] : undefined;
  if (headerRecord && (headerRecord.some((cell) => cell.length > MAX_CELL_CHARS) || headerRecord.join(',').length > MAX_HEADER_CHARS)) {
    throw new HeaderTooLongError();
  }
  const rows = records.slice(start, start + SCORED_ROWS);
  const width = headerRecord ? headerRecord.length : Math.max(0, ...rows.map((r) => r.length));
  const headers = headerRecord ? cleanHeaders(headerRecord) : numberedHeaders(width);
  const guess = guessPhone({
    headers,
    rows,
    wholeSheet: input.complete && start + rows.length >= records.length,
    callable,
    isMobile: (e164) => {
      const type = parsePhoneNumberFromString(e164)?.getType();
      return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
    },
  });
  return {
    headers,
    sampleRows: rows.slice(0, PREVIEW_ROWS).map((r) => [...r]),
    guessedPhoneColumn: guess.column,
    suggestedNames: suggestVariableNames(headers),
    duplicateHeaders: findDuplicateHeaders(headers),
    header: headerRecord ? header : { ...header, columns: width },
    detectedHeader: detected,
    titleRows,
    phone: guess.view,
  };
}
