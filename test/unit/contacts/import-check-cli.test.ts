import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { sheet } from './helpers';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'import-check.ts');
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importCheck(...args: string[]): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, lines: failed.stdout.trim().split('\n') };
  }
}

describe('npm run import:check', () => {
  it('prints the issue’s JSON as its last line and writes the report', async () => {
    const report = join(dir, 'out.csv');
    const { code, lines } = await importCheck(sheet('reasons.csv'), '--country', 'IN', '--report', report);
    expect(code).toBe(0);
    const result = JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;
    expect(Object.keys(result)).toEqual([
      'encoding',
      'delimiter',
      'headers',
      'phoneColumn',
      'phoneReason',
      'fallbackColumns',
      'contactsExport',
      'hasHeader',
      'titleRows',
      'rows',
      'valid',
      'invalid',
      'duplicate',
      'skippedEmpty',
      'invalidReasons',
      'notes',
      'fromOtherColumn',
      'ms',
    ]);
    expect(result).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Phone'],
      phoneColumn: 'Phone',
      rows: 9,
      valid: 1,
      invalid: 8,
      duplicate: 0,
      skippedEmpty: 0,
      invalidReasons: {
        'empty-number': 1,
        'not-a-number': 1,
        letters: 1,
        'too-short': 1,
        'too-long': 1,
        'wrong-country': 1,
        'invalid-number': 1,
        'scientific-notation': 1,
      },
    });
    expect(typeof result.ms).toBe('number');
    const written = readFileSync(report, 'utf8');
    expect(written.split('\r\n').filter(Boolean)).toHaveLength(9);
  });

  it('reads a Google Contacts export, a list without a header and a title row as the import does', async () => {
    const google = await importCheck(sheet('google-contacts.csv'), '--report', join(dir, 'google.csv'));
    expect(JSON.parse(google.lines.at(-1) ?? '')).toMatchObject({
      phoneColumn: 'Phone 1 - Value',
      contactsExport: 'google',
      fallbackColumns: ['Phone 2 - Value', 'Phone 3 - Value'],
      rows: 8,
      valid: 6,
      notes: { 'several-numbers': 1 },
      fromOtherColumn: 3,
    });
    const written = readFileSync(join(dir, 'google.csv'), 'utf8');
    expect(written).toContain('Number read from column');
    expect(written).toContain('2 numbers in this cell');
    const pipes = await importCheck(sheet('leads-pipe-noheader.txt'));
    expect(JSON.parse(pipes.lines.at(-1) ?? '')).toMatchObject({
      hasHeader: false,
      delimiter: '|',
      rows: 5,
      valid: 5,
      phoneColumn: 'Column 1',
    });
    const title = await importCheck(sheet('title-above-header.csv'));
    expect(JSON.parse(title.lines.at(-1) ?? '')).toMatchObject({ titleRows: 1, rows: 4, valid: 3, invalidReasons: { 'totals-row': 1 } });
  });

  it('prints {"error","message"} and exits 2 for a file that is not a sheet, with no stack trace', async () => {
    const { code, lines } = await importCheck(sheet('binary.csv'));
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      error: 'binary-file',
      message:
        '“binary.csv” is not a sheet saved as text (CSV or TSV): it holds binary data. Open it in Excel or Google Sheets and save it as CSV UTF-8.',
    });
  });

  it('explains a missing file name the same way', async () => {
    const { code, lines } = await importCheck();
    expect(code).toBe(2);
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ error: 'usage' });
  });
});
