import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';

/**
 * How a column's cells are written for Excel:
 * - text: as typed; one that starts like a formula gets a leading apostrophe, so it is shown, never run.
 * - id: phone numbers, SIDs, digits pressed: kept as text even when they look like numbers
 *   (no lost leading zero, no 9.19876E+11), written as ="..." when Excel would read them as a number.
 * - number: durations, counts, amounts: a plain number Excel can sum; empty when missing.
 * - auto: a sheet's own values: a plain amount becomes a number, digits that look like a phone or an
 *   id stay text, anything else is text.
 */
export type CellKind = 'text' | 'id' | 'number' | 'auto';

export interface CsvColumn {
  header: string;
  kind: CellKind;
}

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
// Digits with phone punctuation or an exponent: Excel would turn these into numbers or dates and change them.
const NUMBER_LIKE = /^[+\-\d][\d\s().\-/]*([eE][+-]?\d+)?$/;
// An amount Excel keeps exactly: no leading zero, at most nine digits before the point.
const PLAIN_AMOUNT = /^-?(0|[1-9]\d{0,8})(\.\d+)?$/;

/** A text cell: shown as typed, never run as a formula. */
export function asText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** An identifier cell: kept as the same characters when Excel opens the file. */
export function asId(value: string): string {
  if (value === '') return value;
  if (NUMBER_LIKE.test(value) && /\d/.test(value)) return `="${value}"`;
  return asText(value);
}

function asNumber(value: CsvValue): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? String(n) : asText(String(value));
}

function asAuto(value: string): string {
  return PLAIN_AMOUNT.test(value) ? value : asId(value);
}

export function formatCell(kind: CellKind, value: CsvValue): string {
  if (kind === 'number') return asNumber(value);
  const text = value === null || value === undefined ? '' : String(value);
  if (kind === 'id') return asId(text);
  if (kind === 'auto') return asAuto(text);
  return asText(text);
}

export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One cell as it goes in the file: formatted for its kind, and quoted when it must be. */
export function csvCell(kind: CellKind, value: CsvValue): string {
  return quote(formatCell(kind, value));
}

/** Bytes gathered before a write, so 100,000 rows make a few hundred writes, not 100,000. */
const CHUNK = 256 * 1024;

/**
 * The app's one CSV writer, for every file a user opens in Excel: UTF-8 with a byte-order mark (or Excel
 * guesses the encoding wrong), CRLF line ends, headers and cells neutralised, streamed to disk with
 * back-pressure so memory stays flat however many rows. A writer that is aborted removes its partial file.
 */
export class CsvWriter {
  private buffer = '';
  private rows = 0;
  private readonly failed: Promise<never>;

  private constructor(
    private readonly out: WriteStream,
    private readonly path: string,
    private readonly columns: readonly CsvColumn[],
  ) {
    this.failed = once(out, 'error').then(([error]) => {
      throw error;
    });
    this.failed.catch(() => undefined);
  }

  static async open(path: string, columns: readonly CsvColumn[]): Promise<CsvWriter> {
    const out = createWriteStream(path, { encoding: 'utf8' });
    const writer = new CsvWriter(out, path, columns);
    await Promise.race([once(out, 'open'), writer.failed]);
    writer.buffer = `\uFEFF${columns.map((c) => quote(asText(c.header))).join(',')}\r\n`;
    return writer;
  }

  /** Rows written so far (the header not counted). */
  get written(): number {
    return this.rows;
  }

  /** Adds a row; a promise only when the file asked to wait (back-pressure), so most rows cost no await. */
  row(values: readonly CsvValue[]): Promise<void> | undefined {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) {
      if (i > 0) line += ',';
      line += quote(formatCell((this.columns[i] as CsvColumn).kind, values[i]));
    }
    this.buffer += `${line}\r\n`;
    this.rows++;
    return this.buffer.length >= CHUNK ? this.flush() : undefined;
  }

  /** Adds a row already written as CSV cells (by csvCell's rules), without its line end. */
  line(text: string): Promise<void> | undefined {
    this.buffer += `${text}\r\n`;
    this.rows++;
    return this.buffer.length >= CHUNK ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk && !this.out.write(chunk)) await Promise.race([once(this.out, 'drain'), this.failed]);
  }

  /** Writes what is left and closes the file; resolves to the rows written. */
  async close(): Promise<number> {
    await this.flush();
    this.out.end();
    await Promise.race([once(this.out, 'finish'), this.failed]);
    return this.rows;
  }

  /** Stops and removes the partial file, so a cancelled export leaves nothing half-written behind. */
  abort(): void {
    this.out.destroy();
    rmSync(this.path, { force: true });
  }
}

/** Writes rows to a new CSV file; a failure or an abort (signal) removes the partial file. */
export async function writeCsv(
  path: string,
  columns: readonly CsvColumn[],
  rows: Iterable<readonly CsvValue[]>,
  o: { signal?: AbortSignal; onRow?: (written: number) => void } = {},
): Promise<number> {
  const writer = await CsvWriter.open(path, columns);
  try {
    for (const values of rows) {
      o.signal?.throwIfAborted();
      const waiting = writer.row(values);
      if (waiting) await waiting;
      o.onRow?.(writer.written);
    }
    return await writer.close();
  } catch (error) {
    writer.abort();
    throw error;
  }
}
