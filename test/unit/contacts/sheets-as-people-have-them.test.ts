import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { exportListProblems } from '../../../src/main/services/contacts/problems-csv';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { describeProblem } from '../../../src/shared/contacts/describe-reason';
import { importSheet, sheet, summary } from './helpers';

const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
const check = (name: string) => service.check(sheet(name), { country: 'IN', collectProblems: true });
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('real exports: the phone column chosen by what it holds', () => {
  it('a Google Contacts export calls each contact’s first Mobile number, not the words of “Phone 1 - Type”', async () => {
    const preview = await service.inspect(sheet('google-contacts.csv'));
    expect(preview.headers).toHaveLength(77);
    expect(preview.headers[preview.guessedPhoneColumn ?? -1]).toBe('Phone 1 - Value');
    expect(preview.phone?.contactsExport?.kind).toBe('google');
    expect(preview.phone?.reason).toBe('Phone 1 - Value: 5 of 8 rows hold a number');

    const { rows, repo, listId } = await importSheet('google-contacts.csv');
    const list = repo.get(listId);
    const from = (r: (typeof rows)[number]) => (r.numberColumn == null ? null : list?.headers[r.numberColumn]);
    expect(rows.map((r) => [r.variables.Name, r.status, r.number, from(r)])).toEqual([
      ['Asha Rao', 'valid', '+919845010001', null],
      // Home first, Mobile second: the Mobile one is called.
      ['Ravi Kumar', 'valid', '+919845010002', 'Phone 2 - Value'],
      ['Meera Iyer', 'valid', '+919845010003', null],
      ['Office Desk', 'valid', '+918023456702', null],
      ['No Number', 'invalid', null, null],
      // Its Mobile is in the United States: its first number this account can call is the home one.
      ['Sam Carter', 'valid', '+918023456703', 'Phone 2 - Value'],
      ['Farah Khan', 'valid', '+919845010006', 'Phone 3 - Value'],
      ['Tom Hill', 'invalid', null, null],
    ]);
    expect(rows[2]?.note).toBe('several-numbers');
    expect(list?.counts).toMatchObject({ valid: 6, invalid: 2, notes: { 'several-numbers': 1 }, fromOtherColumn: 3 });
  });

  it('an Outlook export calls the Mobile Phone, else the next phone column with a number', async () => {
    const report = await check('outlook-contacts.csv');
    expect(report).toMatchObject({
      contactsExport: 'outlook',
      phoneColumn: 'Mobile Phone',
      rows: 4,
      valid: 3,
      invalid: 1,
      fromOtherColumn: 1,
    });
    const { rows } = await importSheet('outlook-contacts.csv');
    expect(rows.map((r) => r.number)).toEqual(['+919845020001', '+912223456702', '+919845020004', null]);
  });

  it('a CRM export with an empty “phone” and a filled “mobile” calls the mobile column', async () => {
    const report = await check('crm-empty-phone.csv');
    expect(report).toMatchObject({ phoneColumn: 'mobile', phoneReason: 'mobile: 6 of 6 rows hold a number', valid: 6, invalid: 0 });
  });

  it('a dialer list with phone1 sparse and phone2 full calls phone2, and phone1 when phone2 is empty', async () => {
    const report = await check('dialer-phone1-sparse.csv');
    expect(report).toMatchObject({ phoneColumn: 'phone2', fallbackColumns: ['phone1'], valid: 11, invalid: 1, fromOtherColumn: 1 });
    const { rows } = await importSheet('dialer-phone1-sparse.csv');
    expect(rows[5]).toMatchObject({ rowNumber: 7, status: 'valid', number: '+919845050006', numberColumn: 2 });
    expect(rows[9]).toMatchObject({ rowNumber: 11, status: 'invalid', reason: 'empty-number' });
  });
});

describe('lists without a header, and a title above it', () => {
  it('a pipe-separated lead file without a header keeps its first row as a contact', async () => {
    const preview = await service.inspect(sheet('leads-pipe-noheader.txt'));
    expect(preview.detectedHeader).toEqual({ titleRows: 0, hasHeader: false });
    expect(preview.headers).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(preview.sampleRows[0]).toEqual(['9845030001', 'Asha Rao', 'Pune', '2026-12-01']);
    const { rows } = await importSheet('leads-pipe-noheader.txt');
    expect(summary(rows).slice(0, 2)).toEqual([
      [1, 'valid', '+919845030001', null],
      [2, 'valid', '+919845030002', null],
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.variables['Column 2']).toBe('Asha Rao');
  });

  it('the user can still say the first row holds column names', async () => {
    const preview = await service.inspect(sheet('leads-pipe-noheader.txt'), { header: { titleRows: 0, hasHeader: true } });
    expect(preview.headers[0]).toBe('9845030001');
    expect(preview.sampleRows).toHaveLength(4);
  });

  it('a list of bare numbers, one a line, loses none of them', async () => {
    const report = await check('bare-numbers.txt');
    expect(report).toMatchObject({ hasHeader: false, headers: ['Column 1'], rows: 15, valid: 15 });
  });

  it('finds the header under a title and a blank line, and refuses the totals row as one', async () => {
    const preview = await service.inspect(sheet('title-above-header.csv'));
    expect(preview.detectedHeader).toEqual({ titleRows: 1, hasHeader: true });
    expect(preview.titleRows).toEqual([['Customer dues - December 2026', '', '']]);
    expect(preview.headers).toEqual(['Name', 'Mobile', 'Amount']);
    const { rows, repo, listId } = await importSheet('title-above-header.csv');
    expect(summary(rows)).toEqual([
      [4, 'valid', '+919845070001', null],
      [5, 'valid', '+919845070002', null],
      [6, 'valid', '+919845070003', null],
      [7, 'invalid', 'totals-row', null],
    ]);
    expect(rows[0]?.variables.Amount).toBe('503.25');
    expect(repo.get(listId)?.counts).toMatchObject({ rows: 4, valid: 3, invalid: 1, titleRows: 1, skippedEmpty: 1 });
    expect(describeProblem(rows[3]!)).toMatch(/totals row/);
  });
});

describe('several numbers in a cell, extensions, numbers from another country', () => {
  it('calls the first callable number, drops an extension, and says so on each row', async () => {
    const { rows, repo, listId } = await importSheet('several-numbers.csv');
    expect(rows.map((r) => [r.variables.Note, r.status, r.number, r.note ?? r.reason])).toEqual([
      ['slash', 'valid', '+919845080001', 'several-numbers'],
      ['comma in a semicolon sheet', 'valid', '+919845080002', 'several-numbers'],
      ['extension', 'valid', '+918023456789', 'extension-dropped'],
      ['x extension', 'valid', '+918023456790', 'extension-dropped'],
      ['extension after a space', 'valid', '+918023456791', 'extension-dropped'],
      ['first is not a number', 'valid', '+919740080006', 'several-numbers'],
      ['United States', 'invalid', null, 'wrong-country'],
      ['United Kingdom', 'invalid', null, 'wrong-country'],
      ['too many digits', 'invalid', null, 'too-long'],
    ]);
    const list = repo.get(listId);
    expect(list?.counts.notes).toEqual({ 'several-numbers': 3, 'extension-dropped': 3 });
    expect(describeProblem(rows[0]!, 'IN', ';')).toBe('2 numbers in this cell: the first one that can be called is called.');
    expect(describeProblem(rows[2]!, 'IN', ';')).toBe('The extension 12 after the number is left out: Exotel cannot dial it.');
    expect(describeProblem(rows[6]!, 'IN')).toBe(
      '“+1 305 532 2900” is a number in the United States (+1); this account calls numbers in India (IN). Leave it out, or import it in a list for its own country.',
    );
    expect(describeProblem(rows[7]!, 'IN')).toMatch(
      /^“0044 20 7946 0958” is a number in the United Kingdom \(\+44\); this account calls numbers in India/,
    );

    const out = join(dir, 'problems.csv');
    if (!list) throw new Error('no list');
    expect(await exportListProblems(repo, list, out)).toBe(9);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('2 numbers in this cell: the first one that can be called is called.');
    expect(csv).toContain('The extension 201 after the number is left out');
  });

  it('a comma sheet does not split a quoted cell on its comma', async () => {
    const report = await check('reasons.csv');
    expect(report.invalidReasons['too-long']).toBe(1);
  });
});
