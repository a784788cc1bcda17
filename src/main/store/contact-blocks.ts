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

export function encodeRowsBlock(encodedRows: readonly string[]): string {
  return `[${encodedRows.join(',')}]`;
}

export function decodeRowsBlock(data: string): StoredRow[] {
  return JSON.parse(data) as StoredRow[];
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
