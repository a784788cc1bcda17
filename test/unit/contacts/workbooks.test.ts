import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { describeListSource } from '../../../src/shared/contacts/list-source';
import type { ContactListView } from '../../../src/shared/contacts/schemas';
import { AppError } from '../../../src/shared/ipc/result';
import { noProgress, settingsFor, summary } from './helpers';
import { makeWorkbook, type MadeSheet } from '../../support/workbook-maker';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-workbooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DUES: MadeSheet = {
  name: 'Dues',
  startRow: 3,
  rows: [
    ['Name', 'Phone', 'Amount', 'Due Date', 'Account'],
    [
      'Asha Rao',
      9876543210,
      { value: 503.25, numFmt: '0.00' },
      { value: new Date(Date.UTC(2026, 11, 2)), numFmt: 'yyyy-mm-dd' },
      100234567890,
    ],
    [
      'Ravi Nair',
      919812345678,
      { value: 1200, numFmt: '#,##0.00' },
      { value: new Date(Date.UTC(2026, 11, 3)), numFmt: 'yyyy-mm-dd' },
      { formula: '1+1', result: 2 },
    ],
    [],
    ['Meera, Iyer', 'call later', { value: 75.5, numFmt: '0.00' }, null, 'said "Monday"'],
    ['Asha again', '+91 98765 43210', { value: 10, numFmt: '0.00' }, null, null],
  ],
  // Formatting left over after the data, over more columns than it has: no column of its own.
  styledEmpty: { rows: [3, 4, 5, 8, 9, 20], columns: 9 },
};

async function workbook(name: string, sheets: MadeSheet[]): Promise<string> {
  const path = join(dir, name);
  await makeWorkbook(path, sheets);
  return path;
}

async function imported(path: string, sheet?: string) {
  const db = openMemoryDatabase();
  const service = new ContactsImporter({ db, workers: 0 });
  const settings = await settingsFor(service, path, sheet === undefined ? {} : { sheet });
  const { listId, counts } = await service.run(settings, noProgress);
  await service.close();
  const repo = new ContactsRepo(db);
  return { settings, counts, list: repo.get(listId), rows: repo.rows({ listId, offset: 0, limit: 1000 }).rows };
}

describe('Excel workbooks', () => {
  it('reads cells as Excel shows them: whole numbers with every digit, amounts and dates in their format', async () => {
    const path = await workbook('dues.xlsx', [DUES]);
    const { rows, list } = await imported(path);
    expect(list?.headers).toEqual(['Name', 'Phone', 'Amount', 'Due Date', 'Account']);
    const asha = rows.find((r) => r.rowNumber === 4);
    expect(asha).toMatchObject({ raw: '9876543210', number: '+919876543210', status: 'valid' });
    expect(asha?.variables).toEqual({ Name: 'Asha Rao', Amount: '503.25', 'Due Date': '2026-12-02', Account: '100234567890' });
    const ravi = rows.find((r) => r.rowNumber === 5);
    expect(ravi?.raw).toBe('919812345678');
    expect(ravi?.variables).toMatchObject({ Amount: '1,200.00', 'Due Date': '2026-12-03', Account: '2' });
  });

  it('counts, numbers and reasons rows as Excel numbers them, and drops none', async () => {
    const path = await workbook('dues-counts.xlsx', [DUES]);
    const { counts, rows } = await imported(path);
    // Two blank rows above the header and one between the rows are skipped, not rows; formatting alone makes no row.
    expect(counts).toMatchObject({ rows: 4, valid: 2, invalid: 1, duplicate: 1, skippedEmpty: 3, ragged: 0 });
    expect(summary(rows)).toEqual([
      [4, 'valid', '+919876543210', null],
      [5, 'valid', '+919812345678', null],
      [7, 'invalid', 'letters', null],
      [8, 'duplicate', '+919876543210', 4],
    ]);
    expect(rows.find((r) => r.rowNumber === 7)?.variables).toMatchObject({ Name: 'Meera, Iyer', Account: 'said "Monday"' });
  });

  it('lists every sheet with its rows and opens the first with a phone column; another can be chosen', async () => {
    const notes: MadeSheet = { name: 'Read me', rows: [['How to use this file'], ['Fill in the Dues sheet']] };
    const later: MadeSheet = {
      name: 'January',
      rows: [
        ['Customer', 'Mobile'],
        ['Kavya', 9123456780],
        ['Arjun', 9988776655],
        ['Sai', 9012345678],
      ],
    };
    const path = await workbook('two-sheets.xlsx', [notes, DUES, later]);
    const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
    const first = await service.inspect(path);
    expect(first.workbook).toEqual({
      sheet: 'Dues',
      sheets: [
        { name: 'Read me', rows: 2 },
        { name: 'Dues', rows: 5 },
        { name: 'January', rows: 4 },
      ],
    });
    expect(first.headers).toEqual(['Name', 'Phone', 'Amount', 'Due Date', 'Account']);
    const january = await service.inspect(path, { sheet: 'January' });
    expect(january).toMatchObject({ headers: ['Customer', 'Mobile'], guessedPhoneColumn: 1, workbook: { sheet: 'January' } });
    const missing = await service.inspect(path, { sheet: 'February' }).catch((e: unknown) => e);
    expect((missing as AppError).message).toBe(
      '“two-sheets.xlsx” has no sheet named “February”. Its sheets are: “Read me”, “Dues”, “January”.',
    );
    await service.close();
    const { counts, settings, list } = await imported(path, 'January');
    expect(settings.sheet).toBe('January');
    expect(counts).toMatchObject({ rows: 3, valid: 3 });
    // The list keeps which sheet it holds, and says so where its source is shown.
    expect(list).toMatchObject({ sourceFile: 'two-sheets.xlsx', sourceSheet: 'January' });
    expect(describeListSource(list as ContactListView)).toBe('Excel workbook, sheet “January”');
  });

  it('gives merged cells no phantom columns: a title merged over the header reads as one cell', async () => {
    const titled: MadeSheet = {
      name: 'Leads',
      rows: [['December calling list'], ['Name', 'Phone', 'City'], ['Kavya', 9123456780, 'Pune'], ['Arjun', 9988776655, 'Kochi']],
      merges: ['A1:F1'],
      styledEmpty: { rows: [2, 3, 4], columns: 12 },
    };
    const path = await workbook('titled.xlsx', [titled]);
    const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
    const report = await service.check(path, { country: 'IN', sheet: 'Leads' }).catch((e: unknown) => e);
    await service.close();
    // The rows reach the same pipeline as the CSV Excel saves of this sheet, title row and all.
    const csv = join(dir, 'titled.csv');
    writeFileSync(csv, 'December calling list,,\r\nName,Phone,City\r\nKavya,9123456780,Pune\r\nArjun,9988776655,Kochi\r\n');
    const same = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
    const fromCsv = await same.check(csv, { country: 'IN' }).catch((e: unknown) => e);
    await same.close();
    expect(strip(report)).toEqual(strip(fromCsv));
    // The title stands above the column names: both contacts are read, the title is not one of them.
    expect(report).toMatchObject({ titleRows: 1, hasHeader: true, phoneColumn: 'Phone', rows: 2, valid: 2 });
  });

  it('imports on the worker thread as on the calling one, with progress', async () => {
    const path = await workbook('worker.xlsx', [DUES]);
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 1 });
    const settings = await settingsFor(service, path);
    const phases: string[] = [];
    const { counts } = await service.run(settings, { ...noProgress, onProgress: (p) => phases.push(p.phase) });
    await service.close();
    expect(counts).toMatchObject({ rows: 4, valid: 2, invalid: 1, duplicate: 1 });
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('saving');
  });

  it('refuses a damaged workbook, an .ods and an .xls with what to do', async () => {
    const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0)]));
    for (const [path, message] of [
      [broken, /could not be read as an Excel workbook.*Save As › “Excel Workbook \(\.xlsx\)”/],
      [xls, /Excel 97-2003 workbook \(\.xls\) or a workbook protected with a password/],
    ] as const) {
      const error = await service.inspect(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual({ kind: 'workbook-file' });
      expect((error as AppError).message).toMatch(message);
    }
    await service.close();
  });
});

/** A check report without what differs between a workbook and a CSV file by nature. */
function strip(report: unknown): unknown {
  if (report instanceof AppError) return { error: report.message.replace(/“[^”]+”/, 'FILE') };
  const { ms: _ms, workbook: _w, ...rest } = report as Record<string, unknown>;
  return rest;
}
