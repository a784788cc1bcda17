import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../../../shared/imports/schemas';
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
export function readRecords(source: RecordSource, onRecords: RecordsHandler, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const progress: ReadProgress = { bytesRead: 0, plain: true };
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
