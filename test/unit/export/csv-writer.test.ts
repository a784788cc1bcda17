import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { callCells, callColumns, zonedTime, type LocalContacts } from '../../../src/main/services/export/call-details-csv';
import { writeCsv, type CsvColumn } from '../../../src/main/services/export/csv-writer';
import type { StoredCall } from '../../../src/main/store/call-details-repo';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const out = () => join(dir, `export-${++n}.csv`);
const FIXTURE = join(__dirname, '../../fixtures/export/calls-formulas-devanagari.csv');

function call(over: Partial<StoredCall>): StoredCall {
  return {
    key: 'sid:x',
    attempt: 1,
    callSid: null,
    number: '+919876500001',
    name: null,
    durationSeconds: 0,
    status: 'completed',
    statusText: 'completed',
    digit: null,
    recordingUrl: null,
    dateCreated: '2025-03-03T10:00:00+05:30',
    startTime: '2025-03-03T10:00:01+05:30',
    endTime: '2025-03-03T10:00:31+05:30',
    callerId: '08047112233',
    direction: 'Outgoing',
    ...over,
  };
}

describe('the one CSV writer', () => {
  it('writes the call-details fixture byte for byte: BOM, CRLF, formulas neutralised in cells and headers, Devanagari, amounts as numbers', async () => {
    const contacts: LocalContacts = {
      listName: 'Pune dues',
      variables: [
        { name: 'amount', header: '=Amount' },
        { name: 'city', header: 'शहर' },
        { name: 'ref', header: '@Ref' },
      ],
      byNumber: new Map([
        ['+919876500001', { name: 'राम कुमार', amount: '450', city: 'पुणे', ref: '007' }],
        ['+919876500002', { name: '=HYPERLINK("http://x","y")', amount: '1,200.50', city: '-2+3', ref: '+cmd' }],
      ]),
    };
    const calls = [
      call({ key: 'sid:1', callSid: '0a1b2c', durationSeconds: 31, digit: '1' }),
      call({
        key: 'sid:2',
        callSid: '12e45',
        number: '+919876500002',
        status: 'no-answer',
        statusText: 'no-answer',
        durationSeconds: 0,
        attempt: 2,
        recordingUrl: '@evil',
      }),
      call({
        key: 'sid:3',
        callSid: 'c3',
        number: '+919876500003',
        name: '\tTabbed, "quoted"',
        status: 'failed',
        statusText: 'failed',
        durationSeconds: null,
        endTime: null,
      }),
    ];
    const path = out();
    const written = await writeCsv(
      path,
      callColumns('calls', 'Asia/Kolkata', contacts),
      calls.map((c) => callCells(c, 'Asia/Kolkata', contacts)),
    );
    expect(written).toBe(3);
    expect(readFileSync(path).equals(readFileSync(FIXTURE))).toBe(true);
  });

  it('reads back as the same values a person typed, and Excel’s sums see the amounts', async () => {
    const columns: CsvColumn[] = [
      { header: 'Name', kind: 'text' },
      { header: 'Phone', kind: 'id' },
      { header: 'Amount', kind: 'auto' },
      { header: 'Paid', kind: 'number' },
    ];
    const path = out();
    await writeCsv(path, columns, [['सीता', '098765 43210', '450', 12.5]]);
    const [header, row] = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['Name', 'Phone', 'Amount', 'Paid']);
    expect(row).toEqual(['सीता', '="098765 43210"', '450', '12.5']);
  });

  it('streams 100,000 rows in order and ends every line with CRLF', async () => {
    const path = out();
    function* rows() {
      for (let i = 0; i < 100_000; i++) yield [`+9198${String(10_000_000 + i)}`, i, `Name ${i}`];
    }
    const counted: number[] = [];
    const written = await writeCsv(
      path,
      [
        { header: 'Number', kind: 'id' },
        { header: 'N', kind: 'number' },
        { header: 'Who', kind: 'text' },
      ],
      rows(),
      {
        onRow: (w) => {
          if (w % 25_000 === 0) counted.push(w);
        },
      },
    );
    expect(written).toBe(100_000);
    expect(counted).toEqual([25_000, 50_000, 75_000, 100_000]);
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(100_002);
    expect(lines[100_000]).toBe('"=""+919810099999""",99999,Name 99999');
    expect(text.includes('\n', 0) && /[^\r]\n/.test(text)).toBe(false);
  });

  it('shows Exotel’s times in the user’s zone', () => {
    expect(zonedTime('2025-03-03T10:00:01+05:30', 'Asia/Kolkata')).toBe('2025-03-03 10:00:01');
    expect(zonedTime('2025-03-03T10:00:01+05:30', 'UTC')).toBe('2025-03-03 04:30:01');
    expect(zonedTime('2025-07-01T01:15:00+05:30', 'Europe/London')).toBe('2025-06-30 20:45:00');
    expect(zonedTime(null, 'UTC')).toBe('');
  });

  it('a cancelled write removes its partial file', async () => {
    const path = out();
    const controller = new AbortController();
    function* rows() {
      for (let i = 0; i < 100_000; i++) {
        if (i === 50_000) controller.abort();
        yield [String(i)];
      }
    }
    await expect(writeCsv(path, [{ header: 'N', kind: 'text' }], rows(), { signal: controller.signal })).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
  });
});
