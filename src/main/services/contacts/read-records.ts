import { closeSync, openSync, readSync } from 'node:fs';
import type { Delimiter, Encoding } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { SheetSplitter, UnclosedRowError, type SplitVisitor } from './sheet-splitter';
import { createChunkDecoder } from './text-decoding';

export interface RecordSource {
  filePath: string;
  encoding: Encoding;
  bomLength: number;
  delimiter: Delimiter;
}

/**
 * Called after the rows of each chunk of the file went to the visitor. Returning a promise
 * holds the reader until it settles: that is how a slow consumer holds the reader back.
 */
export type ChunkDone = (progress: ReadProgress) => void | Promise<void>;

export interface ReadProgress {
  bytesRead: number;
  /** The sheet's line break, once known. */
  newline: string;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * A quote that never closes makes everything after it one cell: refuse the file rather than count the rest of
 * it as one row, and say where the row starts so the user can fix it.
 */
export function runawayRow(line: number): AppError {
  const where = line > 0 ? `Line ${line.toLocaleString('en-IN')}` : 'A line';
  return new AppError(
    'unsupported-file',
    `${where} starts a row that never ends: usually a quote (") opens there and is never closed, so everything after it ` +
      'would read as one cell. Nothing was saved. Fix that line in the sheet (close or remove the quote) and import it again.',
  );
}

/**
 * Streams the rows of a delimited text file to `visitor` in order (see SheetSplitter). Rows
 * keep their quoted line breaks and delimiters; blank lines come through as rows so the
 * caller can count them.
 */
export async function readRecords(
  source: RecordSource,
  visitor: SplitVisitor,
  onChunk: ChunkDone,
  signal?: AbortSignal,
  /** The line the next row starts on, for the message about a row that never ends. */
  nextLine: () => number = () => 0,
): Promise<void> {
  const progress: ReadProgress = { bytesRead: 0, newline: '\n' };
  // Plain reads into one buffer: a stream's machinery costs more than the reading, and on the
  // import worker nothing else waits for the thread. The decoder keeps a character cut at the end.
  const file = openSync(source.filePath, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = source.bomLength;
  const decoder = createChunkDecoder(source.encoding);
  const splitter = new SheetSplitter(source.delimiter, visitor);
  const stopped = abortion(signal);
  const take = (text: string, final: boolean): void => {
    splitter.push(text, final);
    progress.newline = splitter.lineBreak;
  };
  try {
    for (;;) {
      if (signal?.aborted) throw cancelled();
      const read = readSync(file, buffer, 0, CHUNK_BYTES, position);
      if (read === 0) break;
      position += read;
      progress.bytesRead += read;
      take(decoder.write(buffer.subarray(0, read)), false);
      const pending = onChunk(progress);
      if (pending) await (stopped ? Promise.race([pending, stopped.promise]) : pending);
    }
    if (signal?.aborted) throw cancelled();
    take(decoder.end(), true);
    await onChunk(progress);
  } catch (error) {
    throw error instanceof UnclosedRowError ? runawayRow(nextLine()) : error;
  } finally {
    stopped?.dispose();
    closeSync(file);
  }
}

/** A promise that rejects when `signal` aborts, so a reader held back by its consumer stops at once. */
function abortion(signal: AbortSignal | undefined): { promise: Promise<never>; dispose(): void } | null {
  if (!signal) return null;
  let onAbort = (): void => undefined;
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Stopped before the end of the file.');
}
