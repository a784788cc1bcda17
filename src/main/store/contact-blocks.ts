import type { ContactRow, InvalidReason, RowStatus } from '../../shared/contacts/schemas';

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

/** Fields of a run of rows as appendRow leaves them; see joinRows. */
export type RowFields = Array<string | number>;

/** Stands between two rows' fields in a run; the separators never occur in a plain cell, nor in JSON. */
const RUN_ROW_BREAK = ROW_SEPARATOR;
/** How a row break reads once the run's fields are joined. */
const RUN_BREAK = FIELD_SEPARATOR + RUN_ROW_BREAK + FIELD_SEPARATOR;

/**
 * Appends one row as stored, its duplicate-of field left empty (see withDuplicateOf), to the
 * fields of a run: the whole run is joined once (joinRows), so the reading thread makes no
 * string per row. `plain` says the cells are known to hold no separator character.
 */
export function appendRow(
  fields: RowFields,
  plain: boolean,
  rowNumber: number,
  raw: string,
  number: string | null,
  reason: InvalidReason | null,
  record: readonly string[],
  variableColumns: readonly number[],
): void {
  if (fields.length > 0) fields.push(RUN_ROW_BREAK);
  if (!plain) {
    const variables = variableColumns.map((c) => record[c] ?? '');
    fields.push(JSON.stringify([rowNumber, raw, number, reason, null, ...variables]));
    return;
  }
  fields.push(rowNumber, raw, number ?? '', reason ?? '', '');
  for (let i = 0; i < variableColumns.length; i++) fields.push(record[variableColumns[i] ?? 0] ?? '');
}

/** A run's fields as one string, which crosses between threads as a single copy; splitRows takes it apart. */
export function joinRows(fields: RowFields): string {
  return fields.join(FIELD_SEPARATOR);
}

/** The rows of a run made by joinRows, one string each, as joinBlock expects them. */
export function splitRows(rows: string, count: number): string[] {
  return count === 0 ? [] : rows.split(RUN_BREAK);
}

/** A row from appendRow, now naming the earlier row it repeats. */
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
