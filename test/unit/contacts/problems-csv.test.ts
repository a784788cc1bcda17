import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { asId } from '../../../src/main/services/export/csv-writer';
import { exportListProblems, writeProblemsCsv } from '../../../src/main/services/contacts/problems-csv';
import { importSheet } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
const out = () => join(dir, `problems-${++written}.csv`);

describe('the problems CSV', () => {
  it('holds every row that is not valid, with its row number and the reason in plain words', async () => {
    const { repo, listId } = await importSheet('excel-damage.csv');
    const list = repo.get(listId)!;
    const path = out();
    expect(await exportListProblems(repo, list, path)).toBe(3);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n').length).toBe(5); // header, three rows, and the last line end
    expect(text).not.toMatch(/[^\r]\n/);
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(['Row', 'Status', 'Problem', 'Phone', 'Number understood as', 'Name']);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['2', 'Invalid', '="9.19876E+11"'],
      ['3', 'Invalid', '="9.19876543E+11"'],
      ['7', 'Invalid', '="8.0E+09"'],
    ]);
    expect(rows[0]?.[2]).toBe('Excel turned this number into 9.19876E+11 and lost digits: format the column as Text and export again.');
  });

  it('names the row a duplicate repeats and keeps numbers as text for Excel', async () => {
    const { repo, listId } = await importSheet('duplicates.csv');
    const path = out();
    await exportListProblems(repo, repo.get(listId)!, path);
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['3', 'Duplicate', 'Same number as row 2 (+919876500071): it is called once.', '="098765 00071"', '="+919876500071"'],
      ['4', 'Duplicate', 'Same number as row 2 (+919876500071): it is called once.', '="9876500071"', '="+919876500071"'],
      ['7', 'Duplicate', 'Same number as row 6 (+912226543210): it is called once.', '="+91 22 2654 3210"', '="+912226543210"'],
    ]);
  });

  it('neutralises cells Excel would run as formulas, and quotes commas, quotes and line breaks', async () => {
    const path = out();
    const written = await writeProblemsCsv(
      [
        {
          rowNumber: 9,
          raw: '=HYPERLINK("http://x","call")',
          number: null,
          status: 'invalid',
          reason: 'letters',
          duplicateOf: null,
          variables: { Name: '@SUM(A1)', Note: 'Flat 4,\nMG Road "east"' },
        },
      ],
      {
        phoneHeader: 'Phone',
        variables: [
          { name: 'Name', header: 'Name' },
          { name: 'Note', header: 'Note' },
        ],
        country: 'IN',
      },
      path,
    );
    expect(written).toBe(1);
    const [, row] = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(row).toEqual([
      '9',
      'Invalid',
      '“=HYPERLINK("http://x","call")” has letters in it: keep only digits, spaces, + and dashes.',
      `'=HYPERLINK("http://x","call")`,
      '',
      `'@SUM(A1)`,
      'Flat 4,\nMG Road "east"',
    ]);
  });

  it.each([
    ['09876543210', '="09876543210"'],
    ['+91 98765 43210', '="+91 98765 43210"'],
    ['-', "'-"],
    ['+', "'+"],
    ['Asha', 'Asha'],
    ['', ''],
  ])('writes %j for Excel as %j', (value, expected) => {
    expect(asId(value)).toBe(expected);
  });

  it('neutralises the sheet’s own headers and keeps its amounts as numbers Excel can sum', async () => {
    const path = out();
    await writeProblemsCsv(
      [
        {
          rowNumber: 4,
          raw: '98765',
          number: null,
          status: 'invalid',
          reason: 'too-short',
          duplicateOf: null,
          variables: { amt: '450', ref: '007', due: '1,200' },
        },
      ],
      {
        phoneHeader: '=Phone',
        variables: [
          { name: 'amt', header: '+Amount' },
          { name: 'ref', header: '@Ref' },
          { name: 'due', header: '-Due' },
        ],
      },
      path,
    );
    const text = readFileSync(path, 'utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe("Row,Status,Problem,'=Phone,Number understood as,'+Amount,'@Ref,'-Due");
    const [, row] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    // 450 stays a number; 007 keeps its zeros as text; 1,200 is text, quoted for its comma.
    expect(row?.slice(-3)).toEqual(['450', '="007"', '1,200']);
  });
});
