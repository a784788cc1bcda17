import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { MAX_ROW_BYTES, type Delimiter, type Encoding } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { hasSeparator } from '../../store/contact-blocks';
import { createChunkDecoder } from './text-decoding';

export interface RecordSource {
  filePath: string;
  encoding: Encoding;
  bomLength: number;
  delimiter: Delimiter;
}

/**
 * Called with each parsed run of records and the bytes read so far. Returning a promise holds
 * the reader until it settles: that is how a slow consumer holds the reader back. The read may
 * end while the last promise is pending; the caller awaits it.
 */
export type RecordsHandler = (records: string[][], progress: ReadProgress) => void | Promise<void>;

export interface ReadProgress {
  bytesRead: number;
  /** False once any text read so far holds a block separator character (see contact-blocks). */
  plain: boolean;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Streams the records of a delimited text file through papaparse. Records keep their quoted
 * line breaks and commas; blank lines come through as records so the caller can count them.
 */
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

export function readRecords(
  source: RecordSource,
  onRecords: RecordsHandler,
  signal?: AbortSignal,
  /** The line the next record starts on, for the message about a row that never ends. */
  nextLine: () => number = () => 0,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const progress: ReadProgress = { bytesRead: 0, plain: true };
    // Where the last complete record ended, near enough: a row that runs on far past it never closes.
    let lastRecordAt = 0;
    const file = createReadStream(source.filePath, { start: source.bomLength, highWaterMark: CHUNK_BYTES });
    const decoder = createChunkDecoder(source.encoding);
    const text = new Transform({
      decodeStrings: true,
      transform(chunk: Buffer, _encoding, done) {
        progress.bytesRead += chunk.length;
        const decoded = decoder.write(chunk);
        if (progress.plain && hasSeparator(decoded)) progress.plain = false;
        done(null, decoded);
      },
      flush(done) {
        const decoded = decoder.end();
        if (hasSeparator(decoded)) progress.plain = false;
        done(null, decoded);
      },
    });
    text.setEncoding('utf8');

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else {
        file.destroy();
        text.destroy();
        reject(error);
      }
    };
    const onAbort = (): void => finish(new AppError('cancelled', 'Stopped before the end of the file.'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    file.on('error', (error) => finish(error));
    file.pipe(text);

    Papa.parse<string[]>(text, {
      delimiter: source.delimiter,
      skipEmptyLines: false,
      chunk(results, parser) {
        if (settled) return parser.abort();
        const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
        if (results.data.length > 0) lastRecordAt = progress.bytesRead;
        else if (progress.bytesRead - lastRecordAt > MAX_ROW_BYTES) {
          finish(runawayRow(nextLine()));
          return parser.abort();
        }
        if (unclosed) {
          // Papaparse read to the end of the file looking for the closing quote: the last record is all of it.
          results.data.pop();
          finish(runawayRow(nextLine() + results.data.reduce((n, r) => n + 1 + r.join('').split('\n').length - 1, 0)));
          return parser.abort();
        }
        let pending: void | Promise<void>;
        try {
          pending = onRecords(results.data, progress);
        } catch (error) {
          finish(error);
          return parser.abort();
        }
        if (pending) {
          // Hold the text stream, not papaparse: its own pause drops into a fragile resume path.
          text.pause();
          pending.then(
            () => {
              if (!settled) text.resume();
            },
            (error: unknown) => {
              finish(error);
              parser.abort();
            },
          );
        }
      },
      complete: () => finish(),
      error: (error: Error) => finish(error),
    });
  });
}
