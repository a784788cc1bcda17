import Papa from 'papaparse';
import { guessNameColumns } from '../../../shared/contacts/name-columns';
import { detectDelimiter } from '../../../shared/contacts/detect-delimiter';
import type { ReadOptions, SheetReading } from '../../../shared/contacts/schemas';
import { HeaderTooLongError, previewRecords, RECORDS_READ } from './preview-records';
import { sampleText } from './sample-text';
import { headerTooLong } from './sheet-job';
import { sniffFile, unreadable, type SniffedFile } from './sniff-file';
import { inspectWorkbook } from './workbook/inspect-workbook';

/** Text read for the preview and the column scores: at least a thousand rows of most sheets. */
const SAMPLE_BYTES = 1024 * 1024;
const FIRST_READ_BYTES = 128 * 1024;

export interface InspectedSheet {
  preview: SheetReading;
  sniffed: SniffedFile;
}

/** What the first step shows: how the file reads, its header, and the first rows as understood. */
export async function inspectSheet(filePath: string, options: ReadOptions = {}): Promise<InspectedSheet> {
  const sniffed = await sniffFile(filePath, options.encoding);
  // An Excel workbook: each sheet's first rows are read as the CSV text the import will read.
  if (sniffed.workbook) return inspectWorkbook(filePath, options, inspectText);
  return inspectText(sniffed, options);
}

/** The preview of a sheet's text: a CSV file's start, or a workbook sheet's first rows written as CSV. */
export async function inspectText(sniffed: SniffedFile, options: ReadOptions): Promise<InspectedSheet> {
  const delimiter = options.delimiter ?? detectDelimiter(sniffed.sample);
  // Most sheets hold their first thousand rows in far less than the most read: read that first.
  let { records, text, complete } = await sampleRecords(sniffed, delimiter, FIRST_READ_BYTES);
  if (!complete && records.length < RECORDS_READ) ({ records, text, complete } = await sampleRecords(sniffed, delimiter, SAMPLE_BYTES));
  // A first row longer than the whole sample was cut off above: it is the header that is too long, not the file empty.
  if (records.length === 0 && !complete && text.trim() !== '') throw headerTooLong(sniffed.fileName);
  if (records.length === 0) throw unreadable('empty-file', `“${sniffed.fileName}” has no rows: it holds only blank lines.`);
  let read;
  try {
    read = previewRecords({
      records,
      complete,
      country: options.country ?? 'IN',
      delimiter,
      ...(options.header ? { header: options.header } : {}),
    });
  } catch (error) {
    if (error instanceof HeaderTooLongError) throw headerTooLong(sniffed.fileName);
    throw error;
  }
  return {
    sniffed,
    preview: {
      fileName: sniffed.fileName,
      sizeBytes: sniffed.sizeBytes,
      encoding: sniffed.encoding,
      delimiter,
      ...read,
      guessedNameColumns: guessNameColumns(read.headers, read.guessedPhoneColumn),
    },
  };
}

/** The first records of the sheet (blank ones left out), from its first `bytes`; complete when that is all of it. */
async function sampleRecords(
  sniffed: SniffedFile,
  delimiter: string,
  bytes: number,
): Promise<{ records: string[][]; text: string; complete: boolean }> {
  const sample = await sampleText(sniffed, bytes);
  // Only the rows the preview reads are parsed, not the whole sample.
  const records = Papa.parse<string[]>(sample.text, {
    delimiter,
    newline: lineBreakOf(sample.text),
    skipEmptyLines: 'greedy',
    preview: RECORDS_READ + 1,
  }).data;
  const complete = sample.complete && records.length <= RECORDS_READ;
  // The sample stops mid-file (or the preview's rows do): its last record may be cut short, or is one too many.
  if (!complete) records.pop();
  return { records, text: sample.text, complete };
}

/** The sheet's line break, from its first one: papaparse would scan the whole megabyte to guess it. */
function lineBreakOf(text: string): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}
