import { suggestVariableNames } from '../../../src/shared/contacts/columns';
import type { Delimiter, Encoding, SheetPreview } from '../../../src/shared/contacts/schemas';
import { AppError } from '../../../src/shared/ipc/result';

export interface FakeSheet {
  text: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Stands in for a sheet this long (rows are generated), for big-import demos. */
  generatedRows?: number;
  /** The import stops at this row and keeps what came before. */
  failAtRow?: number;
}

export const SAMPLE_SHEET: FakeSheet = {
  encoding: 'utf-8',
  delimiter: ';',
  text: [
    'Name;Mobile;City;Amount Due;Agent;Due date;Language',
    'Aarav Sharma;98765 43210;Mumbai;1200;Ravi;2026-12-01;Hindi',
    'Priya Iyer;+91 98450-12345;Chennai;850;Ravi;2026-12-03;Tamil',
    'Rohan Reddy;9.19876E+11;Hyderabad;400;Sana;2026-12-02;Telugu',
    'Ananya Patel;098200 11223;Pune;2300;Sana;2026-12-05;Marathi',
    '',
    'Vikram Nair;98765 43210;Kochi;760;Ravi;2026-12-01;Malayalam',
    'Sneha Khan;;Delhi;990;Ravi;2026-12-04;Hindi',
    'Arjun Gupta;(080) 4711 2233;Bengaluru;1500;Sana;2026-12-06;Kannada',
    'José Menon;0091 99000 11122;Kolkata;640;Ravi;2026-12-02;Bengali',
    'Kavya Das;98A76 543;Jaipur;310;Sana;2026-12-07;Hindi',
  ].join('\n'),
};

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What the sheet looks like when read with this encoding: wrong guesses garble accents, as in life. */
function decodeAs(sheet: FakeSheet, encoding: Encoding): string {
  if (encoding === sheet.encoding) return sheet.text;
  if (encoding === 'windows-1252') {
    return Array.from(new TextEncoder().encode(sheet.text), (b) => String.fromCharCode(b)).join('');
  }
  return sheet.text.replace(/[^\x20-\x7e\n\t]/g, '\uFFFD');
}

export function splitLines(sheet: FakeSheet, encoding: Encoding, delimiter: Delimiter): string[][] {
  return decodeAs(sheet, encoding)
    .split('\n')
    .map((line) => (line.trim() === '' ? [] : line.split(delimiter)));
}

const grantedPaths = new Map<string, string>();

/** The stand-in's grant for a path: a stable 32-hex id, remembered so the path can be found again. */
export function fakeFileId(path: string): string {
  let h = 0;
  for (const ch of path) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const id = h.toString(16).padStart(32, '0');
  grantedPaths.set(id, path);
  return id;
}

export function fakePathOf(fileId: string): string {
  const path = grantedPaths.get(fileId);
  if (!path) throw new AppError('not-found', 'The app no longer has that file open: choose it again.');
  return path;
}

export function inspectSheet(
  path: string,
  sheet: FakeSheet | undefined,
  options?: { encoding?: Encoding; delimiter?: Delimiter },
): SheetPreview {
  if (/\.xlsx?$/i.test(path)) {
    throw new AppError(
      'unsupported-file',
      `“${fileNameOf(path)}” is an Excel workbook. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, then open the .csv file.`,
    );
  }
  if (!sheet) throw new AppError('not-found', `Could not find ${path}. It may have been moved or deleted.`);
  if (!sheet.text.trim()) throw new AppError('unsupported-file', `“${fileNameOf(path)}” is empty: there is no header row and no contacts.`);
  const encoding = options?.encoding ?? sheet.encoding;
  const delimiter = options?.delimiter ?? sheet.delimiter;
  const lines = splitLines(sheet, encoding, delimiter);
  const headers = lines[0] ?? [];
  const phone = headers.findIndex((h) => /phone|mobile|number|contact/i.test(h));
  const seen = new Set<string>();
  const duplicateHeaders: string[] = [];
  for (const h of headers) {
    if (seen.has(h) && !duplicateHeaders.includes(h)) duplicateHeaders.push(h);
    seen.add(h);
  }
  return {
    fileId: fakeFileId(path),
    fileName: fileNameOf(path),
    sizeBytes: sheet.generatedRows ? sheet.generatedRows * 58 : new TextEncoder().encode(sheet.text).length,
    encoding,
    delimiter,
    headers,
    sampleRows: lines
      .slice(1)
      .filter((l) => l.length > 0)
      .slice(0, 8),
    guessedPhoneColumn: phone >= 0 ? phone : null,
    suggestedNames: suggestVariableNames(headers),
    duplicateHeaders,
  };
}
