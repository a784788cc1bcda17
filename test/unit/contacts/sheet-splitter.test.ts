import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SheetSplitter, UnclosedRowError } from '../../../src/main/services/contacts/sheet-splitter';
import type { Delimiter } from '../../../src/shared/contacts/schemas';
import { mulberry32 } from '../../support/seeded-random';

/**
 * The splitter reads unquoted rows itself and leaves quoted ones to papaparse. Whatever the
 * sheet, it must come out as the very records papaparse's own streaming reader makes of it,
 * chunk edges and all: these sheets are built to find where the two could part.
 */

const CELLS = [
  'Priya',
  '',
  ' ',
  '+91 98450 12345',
  '9845012345',
  'Mumbai',
  '4,327.37',
  '"quoted"',
  '"with, comma"',
  '"two\nlines"',
  '"three\r\nlines\rhere"',
  '"say ""hi"""',
  '5" tall',
  'x"y',
  '"open"trailing',
  '"spaced"  ',
  '""',
  '"unclosed',
  'D’Souza',
  'तारा',
  '\t',
  '"a;b|c\td"',
];

interface Sheet {
  text: string;
  chunks: string[];
  delimiter: Delimiter;
}

function randomSheet(seed: number): Sheet {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const delimiter = pick([',', ',', ';', '\t', '|'] as const);
  const newline = pick(['\n', '\r\n', '\r', '\r\n']);
  // Most sheets quote rarely; some quote often; the "unclosed" cell shows up only now and then.
  const quoteShare = pick([0, 0.01, 0.1, 0.5]);
  const rows = 1 + Math.floor(random() * 60);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    if (random() < 0.05) {
      lines.push(pick(['', '   ', delimiter.repeat(3)]));
      continue;
    }
    const width = 1 + Math.floor(random() * 5);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      let cell = random() < quoteShare ? pick(CELLS) : pick(['Priya', '9845012345', '', 'Pune', ' 42 ', 'D’Souza']);
      if (cell === '"unclosed' && random() < 0.8) cell = '"closed"';
      cells.push(cell);
    }
    lines.push(cells.join(delimiter));
  }
  // A stray line break of another kind inside a row now and then.
  let text = lines.join(newline);
  if (random() < 0.2) text = text.replace('Pune', `Pu${pick(['\n', '\r'])}ne`);
  if (random() < 0.6) text += newline;
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() * pick([4, 40, 400, 4000]));
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return { text, chunks, delimiter };
}

interface Read {
  records: string[][];
  unclosed: boolean;
}

/** What papaparse's streaming reader makes of the chunks. */
function byPapaparse(sheet: Sheet): Promise<Read> {
  const records: string[][] = [];
  let unclosed = false;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(sheet.chunks), {
      delimiter: sheet.delimiter,
      skipEmptyLines: false,
      chunk(results) {
        records.push(...results.data);
        if (results.errors.some((e) => e.code === 'MissingQuotes')) unclosed = true;
      },
      complete: () => {
        // The reader stops at a row that never closes: the rows before it are what counts.
        if (unclosed) records.pop();
        resolve({ records, unclosed });
      },
      error: reject,
    });
  });
}

function bySplitter(sheet: Sheet): Read {
  const records: string[][] = [];
  const splitter = new SheetSplitter(sheet.delimiter, {
    line: (text, start, end) => records.push(text.slice(start, end).split(sheet.delimiter)),
    record: (cells) => records.push(cells),
  });
  try {
    for (const chunk of sheet.chunks) splitter.push(chunk, false);
    splitter.push('', true);
    return { records, unclosed: false };
  } catch (error) {
    if (error instanceof UnclosedRowError) return { records, unclosed: true };
    throw error;
  }
}

describe('SheetSplitter', () => {
  it('reads 600 made-up sheets into the records papaparse reads from them, in any chunks', async () => {
    let quotedRows = 0;
    let unclosed = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const sheet = randomSheet(seed);
      const expected = await byPapaparse(sheet);
      const actual = bySplitter(sheet);
      expect({ seed, ...actual }).toEqual({ seed, ...expected });
      if (sheet.text.includes('"')) quotedRows++;
      if (expected.unclosed) unclosed++;
    }
    // The sheets reached the cases that matter.
    expect(quotedRows).toBeGreaterThan(200);
    expect(unclosed).toBeGreaterThan(5);
  });

  it('hands unquoted rows over as stretches of the text, and only quoted ones to papaparse', () => {
    const lines: Array<[number, number]> = [];
    const records: string[][] = [];
    const text = 'Name,Phone\n"Rao, A",9845012345\nMeera,9845012346\n';
    const splitter = new SheetSplitter(',', {
      line: (t, start, end) => lines.push([start, end]),
      record: (cells) => records.push(cells),
    });
    splitter.push(text, true);
    expect(lines.map(([s, e]) => text.slice(s, e))).toEqual(['Name,Phone', 'Meera,9845012346']);
    expect(records).toEqual([['Rao, A', '9845012345']]);
  });

  it('waits for the rest of a quoted cell that runs over several chunks', () => {
    const records: string[][] = [];
    const splitter = new SheetSplitter(',', { line: () => undefined, record: (cells) => records.push(cells) });
    splitter.push('a,"one\n', false);
    splitter.push('two\nthree', false);
    expect(records).toEqual([]);
    splitter.push('",b\n', true);
    expect(records).toEqual([['a', 'one\ntwo\nthree', 'b']]);
  });

  it('gives up on a quoted cell longer than any row can be, without reading the rest of the file', () => {
    const splitter = new SheetSplitter(',', { line: () => undefined, record: () => undefined });
    splitter.push('a,"never closed\n', false);
    const line = `${'x'.repeat(1023)}\n`;
    expect(() => {
      for (let i = 0; i < 2000; i++) splitter.push(line, false);
    }).toThrow(UnclosedRowError);
  });
});
