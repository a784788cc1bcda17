import type {
  ContactListView,
  ContactRow,
  ImportCounts,
  ImportSettings,
  InvalidReason,
  RowStatus,
} from '../../../src/shared/contacts/schemas';
import { splitLines, type FakeSheet } from './fake-sheets';
import { generatedRows, RowPages } from './fake-rows';

export interface FakeList {
  view: ContactListView;
  pages: RowPages;
}

function classify(raw: string): { number: string | null; reason: InvalidReason | null } {
  const text = raw.trim();
  if (!text) return { number: null, reason: 'empty-number' };
  if (/\d\.\d+E\+\d+/i.test(text)) return { number: null, reason: 'scientific-notation' };
  const digits = text.replace(/\D/g, '');
  if (/[A-Za-z]/.test(text)) return { number: null, reason: digits.length < 3 ? 'not-a-number' : 'letters' };
  let national = digits;
  if (national.startsWith('0091')) national = national.slice(4);
  else if (national.length === 12 && national.startsWith('91')) national = national.slice(2);
  else if (national.startsWith('0')) national = national.slice(1);
  if (national.length < 10) return { number: null, reason: 'too-short' };
  if (national.length > 10) return { number: null, reason: 'too-long' };
  return { number: `+91${national}`, reason: null };
}

let nextList = 1;

export function listId(): string {
  return `list-${nextList++}`;
}

/** A list built from a small fake sheet, checked row by row with simple Indian-number rules. */
export function importFromSheet(
  id: string,
  settings: ImportSettings,
  sourceFile: string,
  sheet: FakeSheet,
  accountId: string | null,
  createdAt: string,
): FakeList {
  if (sheet.generatedRows) return generatedList(id, settings.listName, sheet.generatedRows, { accountId, createdAt, sourceFile });
  const lines = splitLines(sheet, settings.encoding, settings.delimiter);
  const headers = lines[0] ?? [];
  const rows: ContactRow[] = [];
  const counts: ImportCounts = { rows: 0, valid: 0, invalid: 0, duplicate: 0, skippedEmpty: 0, ragged: 0, invalidReasons: {} };
  const firstRowOf = new Map<string, number>();
  lines.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (sheet.failAtRow && rowNumber >= sheet.failAtRow) return;
    if (cells.length === 0) {
      counts.skippedEmpty++;
      return;
    }
    if (cells.length !== headers.length) counts.ragged++;
    const raw = cells[settings.phoneColumn] ?? '';
    const { number, reason } = classify(raw);
    const variables = Object.fromEntries(settings.variables.map((v) => [v.name, cells[v.column] ?? '']));
    let status: RowStatus = reason ? 'invalid' : 'valid';
    let duplicateOf: number | null = null;
    if (number) {
      const first = firstRowOf.get(number);
      if (first !== undefined) {
        status = 'duplicate';
        duplicateOf = first;
      } else firstRowOf.set(number, rowNumber);
    }
    if (reason) counts.invalidReasons[reason] = (counts.invalidReasons[reason] ?? 0) + 1;
    counts[status]++;
    counts.rows++;
    rows.push({ rowNumber, raw, number, status, reason, duplicateOf, variables });
  });
  const view: ContactListView = {
    id,
    accountId,
    name: settings.listName,
    sourceFile,
    country: settings.country,
    encoding: settings.encoding,
    delimiter: settings.delimiter,
    headers,
    phoneColumn: settings.phoneColumn,
    variables: settings.variables,
    counts,
    createdAt,
    exotel: [],
  };
  const source = { count: rows.length, rowAt: (i: number) => rows[i] as ContactRow };
  return { view, pages: new RowPages(source, (i) => (rows[i] as ContactRow).status) };
}

export function generatedList(
  id: string,
  name: string,
  count: number,
  extra: { accountId?: string | null; createdAt?: string; sourceFile?: string } = {},
): FakeList {
  const gen = generatedRows(count);
  const view: ContactListView = {
    id,
    accountId: extra.accountId ?? null,
    name,
    sourceFile:
      extra.sourceFile ??
      `${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.csv`,
    country: 'IN',
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Customer Name', 'Phone', 'City', 'Amount Due'],
    phoneColumn: 1,
    variables: [
      { column: 0, name: 'name' },
      { column: 2, name: 'city' },
      { column: 3, name: 'amount' },
    ],
    counts: gen.counts(),
    createdAt: extra.createdAt ?? new Date().toISOString(),
    exotel: [],
  };
  return { view, pages: new RowPages(gen, gen.statusOf) };
}
