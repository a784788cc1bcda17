import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkbook } from '../../support/workbook-maker';

const run = promisify(execFile);
const SCRIPTS = join(__dirname, '..', '..', '..', 'scripts');
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-workbook-cli-'));
const book = join(dir, 'December dues.xlsx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await makeWorkbook(book, [
    { name: 'Read me', rows: [['Fill in the sheets after this one']] },
    {
      name: 'Dues',
      rows: [
        ['Name', 'Phone', 'Amount'],
        ['Asha Rao', 9876543210, { value: 503.25, numFmt: '0.00' }],
        ['Ravi Nair', 'not known', { value: 80, numFmt: '0.00' }],
      ],
    },
    {
      name: 'January',
      rows: [
        ['Customer', 'Mobile', 'Amount'],
        ['Kavya', 9123456780, { value: 1200.5, numFmt: '#,##0.00' }],
      ],
    },
  ]);
});

async function cli(script: string, ...args: string[]): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(SCRIPTS, script), ...args], { encoding: 'utf8' });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, lines: failed.stdout.trim().split('\n') };
  }
}

const last = (lines: string[]): Record<string, unknown> => JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;

describe('import:check and campaign:check on an Excel workbook', () => {
  it('import:check reads the first sheet with a phone column, names it and lists every sheet', async () => {
    const report = join(dir, 'problems.csv');
    const { code, lines } = await cli('import-check.ts', book, '--report', report);
    expect(code).toBe(0);
    expect(last(lines)).toMatchObject({
      sheet: 'Dues',
      sheets: [
        { name: 'Read me', rows: 1 },
        { name: 'Dues', rows: 3 },
        { name: 'January', rows: 2 },
      ],
      headers: ['Name', 'Phone', 'Amount'],
      phoneColumn: 'Phone',
      rows: 2,
      valid: 1,
      invalid: 1,
      invalidReasons: { letters: 1 },
    });
    expect(readFileSync(report, 'utf8')).toContain('not known');
  });

  it('import:check --sheet reads the sheet named, and says which sheets there are when none has that name', async () => {
    const january = await cli('import-check.ts', book, '--sheet', 'January');
    expect(last(january.lines)).toMatchObject({ sheet: 'January', headers: ['Customer', 'Mobile', 'Amount'], rows: 1, valid: 1 });
    const missing = await cli('import-check.ts', book, '--sheet', 'Feb');
    expect(missing.code).toBe(2);
    expect(last(missing.lines)).toEqual({
      error: 'no-such-sheet',
      message: '“December dues.xlsx” has no sheet named “Feb”. Its sheets are: “Read me”, “Dues”, “January”.',
    });
  });

  it('campaign:check --sheet renders the message with the amount as Excel shows it', async () => {
    const { code, lines } = await cli('campaign-check.ts', book, '--sheet', 'January', '--text', 'Dear @@Customer, please pay @@Amount');
    expect(code).toBe(0);
    expect(last(lines)).toMatchObject({
      sheet: 'January',
      rows: 1,
      valid: 1,
      samples: [{ row: 2, number: '+919123456780', text: 'Dear Kavya, please pay 1,200.50' }],
    });
  });
});
