import type { ContactRow, InvalidReason, RowNote, RowStatus } from '../../shared/contacts/schemas';
import { decodeTextBlock, isTextBlock } from './text-blocks';

/** How rows sit in contact_blocks.data; see migration 002 for why rows are stored in blocks. */
export const Stream = { order: 0, valid: 1, invalid: 2, duplicate: 3 } as const;
export type RowStream = typeof Stream.valid | typeof Stream.invalid | typeof Stream.duplicate;

export const STATUS_OF_STREAM: Record<RowStream, RowStatus> = { 1: 'valid', 2: 'invalid', 3: 'duplicate' };
export const STREAM_OF_STATUS: Record<RowStatus, RowStream> = { valid: 1, invalid: 2, duplicate: 3 };
/** One letter per row in the order stream. */
export const STATUS_LETTER: Record<RowStream, string> = { 1: 'v', 2: 'i', 3: 'd' };

/** A note on a row's number cell, and the column its number came from (null: the phone column). */
export interface RowExtra {
  note: RowNote | null;
  column: number | null;
}

/**
 * [rowNumber, raw number cell, E.164 or null, reason or null, row it repeats or null, extra or
 * null, ...variable values]. Only blocks written since notes exist have extras; on disk, older
 * blocks hold the variable values right after the row it repeats.
 */
export type StoredRow = [number, string, string | null, InvalidReason | null, number | null, RowExtra | null, ...string[]];

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
 * Rows are stored in one of two ways. Blocks written by this version keep rows as the sheet's
 * own text (text-blocks.ts). Blocks written before it hold each row as its fields joined by
 * U+001F, and rows joined by U+001E, or, where a cell held either character, the row as JSON
 * (JSON escapes control characters, so the block still splits cleanly). Both are read back.
 */
export const FIELD_SEPARATOR = '\u001f';
const ROW_SEPARATOR = '\u001e';

export function decodeRowsBlock(data: string): StoredRow[] {
  if (isTextBlock(data)) return decodeTextBlock(data);
  return data.split(ROW_SEPARATOR).map(decodeRow);
}

function decodeRow(text: string): StoredRow {
  if (text.startsWith('[')) {
    const [rowNumber, raw, number, reason, duplicateOf, ...values] = JSON.parse(text) as [
      number,
      string,
      string | null,
      InvalidReason | null,
      number | null,
      ...string[],
    ];
    return [rowNumber, raw, number, reason, duplicateOf, null, ...values];
  }
  const f = text.split(FIELD_SEPARATOR);
  const row: StoredRow = [Number(f[0]), f[1] ?? '', f[2] || null, (f[3] || null) as InvalidReason | null, f[4] ? Number(f[4]) : null, null];
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
  const [rowNumber, raw, number, reason, duplicateOf, extra] = stored;
  const variables: Record<string, string> = {};
  for (let i = 0; i < variableNames.length; i++) variables[variableNames[i] ?? ''] = (stored[6 + i] as string | undefined) ?? '';
  const row: ContactRow = { rowNumber, raw, number, status: STATUS_OF_STREAM[stream], reason, duplicateOf, variables };
  if (extra?.note) row.note = extra.note;
  if (extra && extra.column !== null) row.numberColumn = extra.column;
  return row;
}
