import type { ContactRow, InvalidReason, RowStatus } from '../../shared/imports/schemas';

/** How rows sit in contact_blocks.data; see migration 002 for why rows are stored in blocks. */
export const Stream = { order: 0, valid: 1, invalid: 2, duplicate: 3 } as const;
export type RowStream = typeof Stream.valid | typeof Stream.invalid | typeof Stream.duplicate;

export const STATUS_OF_STREAM: Record<RowStream, RowStatus> = { 1: 'valid', 2: 'invalid', 3: 'duplicate' };
export const STREAM_OF_STATUS: Record<RowStatus, RowStream> = { valid: 1, invalid: 2, duplicate: 3 };
/** One letter per row in the order stream. */
export const STATUS_LETTER: Record<RowStream, string> = { 1: 'v', 2: 'i', 3: 'd' };

/** [rowNumber, raw number cell, E.164 or null, reason or null, row it repeats or null, ...variable values]. */
export type StoredRow = [number, string, string | null, InvalidReason | null, number | null, ...string[]];

export interface StoredBlock {
  stream: number;
  block: number;
  data: string;
}

/** An order block: rows of each status before it, and one status letter per row it covers. */
export interface OrderBlock {
  before: [valid: number, invalid: number, duplicate: number];
  letters: string;
}

/**
 * Each row is its fields joined by U+001F, and a block is its rows joined by U+001E: several
 * times cheaper than JSON for a million rows. Each row is one flat string, so a block being
 * filled holds one object per row for the garbage collector to move, not one per cell. The
 * two control characters never occur in a sheet in practice; when they do, the rows of that
 * part of the sheet are written as JSON instead (JSON escapes control characters, so the
 * block still splits cleanly).
 */
export const FIELD_SEPARATOR = '\u001f';
const ROW_SEPARATOR = '\u001e';

/** Whether `text` holds either separator, so rows built from it must be written as JSON. */
export function hasSeparator(text: string): boolean {
  return text.includes(ROW_SEPARATOR) || text.includes(FIELD_SEPARATOR);
}

/** Reused between rows: joining it makes each row one flat string with no array per row. */
const scratch: string[] = [];

/**
 * One row as stored, its duplicate-of field left empty (see withDuplicateOf); `plain` says
 * its cells are known to hold no separator character.
 */
export function encodeRow(
  plain: boolean,
  rowNumber: number,
  raw: string,
  number: string | null,
  reason: InvalidReason | null,
  record: readonly string[],
  variableColumns: readonly number[],
): string {
  if (!plain) {
    const variables = variableColumns.map((c) => record[c] ?? '');
    return JSON.stringify([rowNumber, raw, number, reason, null, ...variables]);
  }
  // Written in place: setting an array's length on every row showed in profiles.
  const fields = 5 + variableColumns.length;
  if (scratch.length !== fields) scratch.length = fields;
  scratch[0] = String(rowNumber);
  scratch[1] = raw;
  scratch[2] = number ?? '';
  scratch[3] = reason ?? '';
  scratch[4] = '';
  for (let i = 0; i < variableColumns.length; i++) scratch[5 + i] = record[variableColumns[i] ?? 0] ?? '';
  return scratch.join(FIELD_SEPARATOR);
}

/** The rows of a run joined by joinBlock, one string each. */
export function splitRows(rows: string, count: number): string[] {
  return count === 0 ? [] : rows.split(ROW_SEPARATOR);
}

/** A row from encodeRow, now naming the earlier row it repeats. */
export function withDuplicateOf(row: string, firstRow: number): string {
  if (row.startsWith('[')) {
    const stored = JSON.parse(row) as StoredRow;
    stored[4] = firstRow;
    return JSON.stringify(stored);
  }
  let at = -1;
  for (let field = 0; field < 4; field++) at = row.indexOf(FIELD_SEPARATOR, at + 1);
  return row.slice(0, at + 1) + String(firstRow) + row.slice(at + 1);
}

export function joinBlock(rows: readonly string[]): string {
  return rows.join(ROW_SEPARATOR);
}

export function decodeRowsBlock(data: string): StoredRow[] {
  return data.split(ROW_SEPARATOR).map(decodeRow);
}

function decodeRow(text: string): StoredRow {
  if (text.startsWith('[')) return JSON.parse(text) as StoredRow;
  const f = text.split(FIELD_SEPARATOR);
  const row: StoredRow = [
    Number(f[0]),
    f[1] ?? '',
    f[2] || null,
    (f[3] || null) as InvalidReason | null,
    f[4] ? Number(f[4]) : null,
  ];
  for (let i = 5; i < f.length; i++) row.push(f[i] ?? '');
  return row;
}

export function encodeOrderBlock(block: OrderBlock): string {
  return JSON.stringify(block);
}

export function decodeOrderBlock(data: string): OrderBlock {
  return JSON.parse(data) as OrderBlock;
}

export function toContactRow(stored: StoredRow, stream: RowStream, variableNames: readonly string[]): ContactRow {
  const [rowNumber, raw, number, reason, duplicateOf] = stored;
  const variables: Record<string, string> = {};
  for (let i = 0; i < variableNames.length; i++) variables[variableNames[i] ?? ''] = (stored[5 + i] as string | undefined) ?? '';
  return { rowNumber, raw, number, status: STATUS_OF_STREAM[stream], reason, duplicateOf, variables };
}
