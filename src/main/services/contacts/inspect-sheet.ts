import Papa from 'papaparse';
import { cleanHeaders, findDuplicateHeaders, guessPhoneColumn, suggestVariableNames } from '../../../shared/contacts/columns';
import { guessNameColumns } from '../../../shared/contacts/name-columns';
import { detectDelimiter } from '../../../shared/contacts/detect-delimiter';
import { MAX_CELL_CHARS, type ReadOptions, type SheetReading } from '../../../shared/contacts/schemas';
import { headerTooLong } from './sheet-job';
import { sniffFile, unreadable, type SniffedFile } from './sniff-file';

const PREVIEW_ROWS = 20;

export interface InspectedSheet {
  preview: SheetReading;
  sniffed: SniffedFile;
}

/** What the first step shows: how the file reads, its header, and the first rows as understood. */
export async function inspectSheet(filePath: string, options: ReadOptions = {}): Promise<InspectedSheet> {
  const sniffed = await sniffFile(filePath, options.encoding);
  const delimiter = options.delimiter ?? detectDelimiter(sniffed.sample);
  const parsed = Papa.parse<string[]>(sniffed.sample, { delimiter, skipEmptyLines: 'greedy' });
  const records = parsed.data;
  // The sample stops mid-file: its last record may be cut short.
  if (!sniffed.complete) records.pop();
  const [headerRecord, ...rest] = records;
  // A first row longer than the whole sample was cut off above: it is the header that is too long, not the file empty.
  if (!headerRecord && !sniffed.complete && sniffed.sample.trim() !== '') throw headerTooLong(sniffed.fileName);
  if (!headerRecord) throw unreadable('empty-file', `“${sniffed.fileName}” has no rows: it holds only blank lines.`);
  if (headerRecord.some((cell) => cell.length > MAX_CELL_CHARS)) throw headerTooLong(sniffed.fileName);
  const headers = cleanHeaders(headerRecord);
  const sampleRows = rest.slice(0, PREVIEW_ROWS);
  return {
    sniffed,
    preview: {
      fileName: sniffed.fileName,
      sizeBytes: sniffed.sizeBytes,
      encoding: sniffed.encoding,
      delimiter,
      headers,
      sampleRows,
      guessedPhoneColumn: guessPhoneColumn(headers, sampleRows),
      guessedNameColumns: guessNameColumns(headers, guessPhoneColumn(headers, sampleRows)),
      suggestedNames: suggestVariableNames(headers),
      duplicateHeaders: findDuplicateHeaders(headers),
    },
  };
}
