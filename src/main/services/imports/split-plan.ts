import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../../../shared/imports/schemas';
import { bomLength, createChunkDecoder } from './text-decoding';

/** Where a sheet read by two workers is cut: a record starts at `boundary`. */
export interface SplitPlan {
  boundary: number;
  /** Records before the boundary, blank lines and the header included. */
  recordsBefore: number;
}

const SCAN_BYTES = 1024 * 1024;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Finds the first record end at or after the middle of the file. A newline ends a record
 * unless it sits inside quotes, and in well-formed CSV the quotes before a point are even in
 * number exactly when the point is outside quotes. A sheet with a stray quote can fool this
 * count; the first part's reader then ends inside quotes or reads a different number of
 * records, and the caller falls back to one reader. Only for encodings where a quote and a
 * newline are single bytes that no other character contains.
 */
export async function planSplit(filePath: string, encoding: Encoding, start: number, sizeBytes: number): Promise<SplitPlan | null> {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return null;
  const middle = start + Math.floor((sizeBytes - start) / 2);
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_BYTES);
    let inQuotes = false;
    let records = 0;
    for (let position = start; position < sizeBytes; ) {
      const { bytesRead } = await handle.read(buffer, 0, SCAN_BYTES, position);
      if (bytesRead === 0) return null;
      for (let i = 0; i < bytesRead; i++) {
        const byte = buffer[i];
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === NEWLINE && !inQuotes) {
          records++;
          const boundary = position + i + 1;
          if (boundary >= middle) return boundary < sizeBytes ? { boundary, recordsBefore: records } : null;
        }
      }
      position += bytesRead;
    }
    return null;
  } finally {
    await handle.close();
  }
}

const HEAD_BYTES = 64 * 1024;

/** Cells in the header row, read from the start of the file; null when it is not there. */
export async function headerCellCount(filePath: string, encoding: Encoding, delimiter: Delimiter): Promise<number | null> {
  const handle = await open(filePath, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    head = head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const text = createChunkDecoder(encoding).write(head.subarray(bomLength(head, encoding)));
  const records = Papa.parse<string[]>(text, { delimiter, preview: 200 }).data;
  // The last record of a cut sample may be incomplete: only trust records before it.
  const header = records.slice(0, -1).find((r) => r.some((cell) => cell.trim() !== ''));
  return header ? header.length : null;
}
