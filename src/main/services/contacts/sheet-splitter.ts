import Papa from 'papaparse';
import { MAX_ROW_BYTES, type Delimiter } from '../../../shared/contacts/schemas';

/** Receives the rows of a sheet in order, as SheetSplitter finds them. */
export interface SplitVisitor {
  /** A row with no quote in it, [start, end) of `text`: its cells are what lies between delimiters. */
  line(text: string, start: number, end: number): void;
  /** A row papaparse read: it held a quote. */
  record(cells: string[]): void;
}

/** A row opens a quote that never closes before the end of the file, or runs past MAX_ROW_BYTES. */
export class UnclosedRowError extends Error {
  constructor() {
    super('A quoted cell never closes');
  }
}

type Newline = '\n' | '\r\n' | '\r';

/**
 * Splits a sheet's text, chunk by chunk, into the same records papaparse's streaming reader
 * makes of it, and keeps the text of every row that holds no quote. Rows with a quote, and
 * only those, go through papaparse's parser; the rows between them are the text between two
 * line breaks, whose cells lie between delimiters exactly as papaparse itself splits unquoted
 * text. Most sheets quote few cells or none, so most rows are stored as their source text,
 * without a string made per cell. Every run of quoted rows starts at a row papaparse has said starts
 * there, and ends where papaparse has read a whole row, so the two kinds never disagree on
 * where a row begins (test/unit/contacts/sheet-splitter.test.ts holds them to that).
 */
export class SheetSplitter {
  private newline: Newline | null = null;
  private parser: Papa.Parser | null = null;
  /** Text after the last whole row, read again with the next chunk. */
  private carry = '';

  constructor(
    private readonly delimiter: Delimiter,
    private readonly visitor: SplitVisitor,
  ) {}

  /** The sheet's line break, once the first text is in. */
  get lineBreak(): string {
    return this.newline ?? '\n';
  }

  /**
   * Hands every whole row in what was carried plus `chunk` to the visitor. `final` marks the
   * end of the file.
   */
  push(chunk: string, final: boolean): void {
    const text = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = '';
    if (text.length === 0) return;
    const newline = (this.newline ??= guessNewline(text, this.delimiter));
    const lastBreak = text.lastIndexOf(newline);
    // Only whole lines are split now; the part-line at the end waits for the next chunk.
    const limit = final ? text.length : lastBreak < 0 ? 0 : lastBreak + newline.length;
    let at = 0;
    while (at < limit) {
      const quote = text.indexOf('"', at);
      const quotedRowAt = quote < 0 || quote >= limit ? limit : lineStart(text, quote, at, newline);
      if (quotedRowAt > at) {
        this.lines(text, at, quotedRowAt, newline);
        at = quotedRowAt;
        continue;
      }
      const next = this.quoted(text, at, limit, final, newline);
      if (next === at) break;
      at = next;
    }
    if (at < text.length) {
      if (final) throw new UnclosedRowError();
      if (text.length - at > MAX_ROW_BYTES) throw new UnclosedRowError();
      this.carry = text.slice(at);
    }
  }

  private lines(text: string, from: number, to: number, newline: Newline): void {
    const { visitor } = this;
    let start = from;
    while (start < to) {
      const found = text.indexOf(newline, start);
      const end = found < 0 || found > to ? to : found;
      visitor.line(text, start, end);
      start = end + newline.length;
    }
  }

  /**
   * Reads the run of quoted rows starting at `from` with papaparse; returns where the text
   * after its last whole row starts, or `from` when no row is whole yet (more text is needed).
   */
  private quoted(text: string, from: number, limit: number, final: boolean, newline: Newline): number {
    const parser = (this.parser ??= new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' }));
    let end = endOfQuotedLines(text, from, limit, newline);
    for (;;) {
      const region = text.slice(from, end);
      // The last row is left out unless it ends with a line break: it may go on in the next chunk.
      const result = parser.parse(region, 0, true) as Papa.ParseResult<string[]>;
      const cursor = result.meta.cursor;
      if (cursor > 0) {
        for (const row of result.data) this.visitor.record(row);
        if (cursor < region.length && final && end >= text.length) return this.lastRow(text, from + cursor);
        return from + cursor;
      }
      if (end >= limit) return final ? this.lastRow(text, from) : from;
      // No whole row yet: a quoted cell runs over several lines. Look twice as far each time.
      end = lineEndAfter(text, from + 2 * (end - from), limit, newline);
    }
  }

  /** The file's last row, which has no line break after it: papaparse reads it to the end. */
  private lastRow(text: string, from: number): number {
    const parser = this.parser as Papa.Parser;
    const result = parser.parse(text.slice(from), 0, false) as Papa.ParseResult<string[]>;
    if (result.errors.some((e) => e.code === 'MissingQuotes')) throw new UnclosedRowError();
    for (const row of result.data) this.visitor.record(row);
    return text.length;
  }
}

/** The line break papaparse's streaming reader would settle on: it guesses from the first chunk. */
function guessNewline(text: string, delimiter: Delimiter): Newline {
  const guessed = Papa.parse(text, { delimiter, preview: 1 }).meta.linebreak;
  return guessed === '\r\n' || guessed === '\r' ? guessed : '\n';
}

/** Where the line holding `at` starts, no earlier than `from` (itself the start of a line). */
function lineStart(text: string, at: number, from: number, newline: Newline): number {
  const before = text.lastIndexOf(newline, at);
  return before < from ? from : before + newline.length;
}

/** Past the line break ending the run of lines that hold a quote, the first of which starts at `from`. */
function endOfQuotedLines(text: string, from: number, limit: number, newline: Newline): number {
  let lineEnd = text.indexOf(newline, text.indexOf('"', from));
  for (;;) {
    if (lineEnd < 0 || lineEnd + newline.length >= limit) return limit;
    const next = lineEnd + newline.length;
    const quote = text.indexOf('"', next);
    const nextEnd = text.indexOf(newline, next);
    if (quote < 0 || (nextEnd >= 0 && quote > nextEnd)) return next;
    lineEnd = nextEnd;
  }
}

function lineEndAfter(text: string, at: number, limit: number, newline: Newline): number {
  if (at >= limit) return limit;
  const found = text.indexOf(newline, at);
  return found < 0 || found + newline.length > limit ? limit : found + newline.length;
}
