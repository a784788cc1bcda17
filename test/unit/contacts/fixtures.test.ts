import { describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { AppError } from '../../../src/shared/ipc/result';
import { importSheet, sheet, summary } from './helpers';

const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
const check = (name: string) => service.check(sheet(name), { country: 'IN' });

describe('the damaged-sheet corpus', () => {
  it('strips a byte-order mark glued to the first header', async () => {
    const preview = await service.inspect(sheet('bom-glued-header.csv'));
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', headers: ['Phone', 'Name', 'City'], guessedPhoneColumn: 0 });
    const { rows } = await importSheet('bom-glued-header.csv');
    expect(summary(rows)).toEqual([
      [2, 'valid', '+919876543210', null],
      [3, 'valid', '+919845012345', null],
      [4, 'valid', '+912226543210', null],
    ]);
  });

  it('still strips the mark when the user forces Windows-1252 on a UTF-8 file', async () => {
    const preview = await service.inspect(sheet('bom-glued-header.csv'), { encoding: 'windows-1252' });
    expect(preview.headers[0]).toBe('Phone');
  });

  it('reads Windows-1252 names, curly quotes and dashes included', async () => {
    const preview = await service.inspect(sheet('windows-1252-names.csv'));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.guessedPhoneColumn).toBe(1);
    const { rows } = await importSheet('windows-1252-names.csv');
    expect(rows.map((r) => [r.variables.Name, r.variables.Note])).toEqual([
      ['José Fernandes', 'Café – regular'],
      ['Nuñez D’Souza', '“VIP”'],
      ['Renée', '€ 500 due'],
    ]);
    expect(rows.every((r) => r.status === 'valid')).toBe(true);
  });

  it('reads UTF-16 LE with a byte-order mark, tab separated, Devanagari included', async () => {
    const preview = await service.inspect(sheet('utf16le-bom.txt'));
    expect(preview).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: ['Name', 'Phone', 'City'] });
    const { rows } = await importSheet('utf16le-bom.txt');
    expect(rows.map((r) => [r.variables.Name, r.number])).toEqual([
      ['मीरा शर्मा', '+919876500011'],
      ['Arjun', '+919876500012'],
    ]);
  });

  it('reads UTF-16 BE with a byte-order mark', async () => {
    expect(await check('utf16be-bom.csv')).toMatchObject({ encoding: 'utf-16be', headers: ['Name', 'Phone'], rows: 2, valid: 2 });
    const { rows } = await importSheet('utf16be-bom.csv');
    expect(rows.map((r) => r.variables.Name)).toEqual(['Zoë', 'Åsa']);
  });

  it('finds semicolons, tabs and pipes, and keeps decimal commas inside their cell', async () => {
    expect(await check('semicolons.csv')).toMatchObject({
      delimiter: ';',
      phoneColumn: 'Telefoon',
      rows: 3,
      valid: 2,
      invalid: 1,
      invalidReasons: { 'too-short': 1 },
    });
    const { rows } = await importSheet('semicolons.csv');
    expect(rows.map((r) => r.variables.Bedrag)).toEqual(['12,50', '1.250,75', '3,00']);
    expect(await check('tabs.tsv')).toMatchObject({ delimiter: '\t', phoneColumn: 'Mobile No', rows: 2, valid: 2 });
    expect(await check('pipes.csv')).toMatchObject({
      delimiter: '|',
      phoneColumn: 'contact',
      rows: 3,
      valid: 2,
      invalidReasons: { letters: 1 },
    });
  });

  it('refuses numbers Excel turned into scientific notation and accepts the ones it only trimmed', async () => {
    const { rows } = await importSheet('excel-damage.csv');
    expect(summary(rows)).toEqual([
      [2, 'invalid', 'scientific-notation', null],
      [3, 'invalid', 'scientific-notation', null],
      [4, 'valid', '+919876500061', null],
      [5, 'valid', '+912226543210', null],
      [6, 'valid', '+919876500062', null],
      [7, 'invalid', 'scientific-notation', null],
      [8, 'valid', '+919876500063', null],
      [9, 'valid', '+919876500064', null],
      [10, 'valid', '+919876500065', null],
    ]);
  });

  it('spots duplicates typed three ways, naming the row each repeats', async () => {
    const { rows } = await importSheet('duplicates.csv');
    expect(summary(rows)).toEqual([
      [2, 'valid', '+919876500071', null],
      [3, 'duplicate', '+919876500071', 2],
      [4, 'duplicate', '+919876500071', 2],
      [5, 'valid', '+919876500072', null],
      [6, 'valid', '+912226543210', null],
      [7, 'duplicate', '+912226543210', 6],
    ]);
  });

  it('keeps quoted commas and line breaks inside their cell, one row each', async () => {
    const { rows } = await importSheet('quoted-commas-linebreaks.csv');
    expect(rows.map((r) => [r.rowNumber, r.variables.Name, r.variables.Address, r.status])).toEqual([
      [2, 'Sharma, Ravi', 'Flat 4,\r\nMG Road,\r\nPune', 'valid'],
      [3, 'Rao, "Asha"', 'Goa', 'valid'],
      [4, 'Plain', 'One line, with comma', 'valid'],
    ]);
  });

  it('reports ragged rows: shifted rows are refused, short rows keep what they have', async () => {
    const report = await check('ragged.csv');
    expect(report).toMatchObject({ rows: 5, valid: 3, invalid: 2, ragged: 3, invalidReasons: { 'ragged-row': 2 } });
    const { rows } = await importSheet('ragged.csv');
    expect(summary(rows)).toEqual([
      [2, 'invalid', 'ragged-row', null],
      [3, 'valid', '+919876500092', null],
      [4, 'invalid', 'ragged-row', null],
      [5, 'valid', '+919876500093', null],
      [6, 'valid', '+919876500094', null],
    ]);
    expect(rows[1]?.variables.City).toBe('');
  });

  it('skips and counts blank lines, keeping the row numbers Excel shows', async () => {
    expect(await check('empty-lines.csv')).toMatchObject({ rows: 2, valid: 2, skippedEmpty: 6 });
    const { rows } = await importSheet('empty-lines.csv');
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 8]);
  });

  it('lists duplicate header names and suggests distinct variable names', async () => {
    const preview = await service.inspect(sheet('duplicate-headers.csv'));
    expect(preview.headers).toEqual(['Name', 'Phone', 'Name', 'phone']);
    expect(preview.duplicateHeaders).toEqual(['Name', 'Phone']);
    expect(preview.guessedPhoneColumn).toBe(1);
    expect(new Set(preview.suggestedNames.map((n) => n.toLowerCase())).size).toBe(4);
    expect(await check('duplicate-headers.csv')).toMatchObject({ rows: 2, valid: 2 });
  });

  it('gives a refusal reason for every kind of bad number', async () => {
    const { rows } = await importSheet('reasons.csv');
    expect(rows.map((r) => r.reason)).toEqual([
      'empty-number',
      'not-a-number',
      'letters',
      'too-short',
      'too-long',
      'wrong-country',
      'invalid-number',
      'scientific-notation',
      null,
    ]);
  });

  it('imports a header-only sheet as an empty list', async () => {
    expect(await check('header-only.csv')).toMatchObject({ headers: ['Name', 'Phone', 'City'], rows: 0, valid: 0, skippedEmpty: 0 });
    const { repo, listId } = await importSheet('header-only.csv');
    expect(repo.get(listId)?.counts.rows).toBe(0);
  });

  it.each([
    ['empty.csv', 'empty-file', /is empty/],
    ['blank-lines-only.csv', 'empty-file', /only blank lines/],
    ['binary.csv', 'binary-file', /binary data/],
    ['workbook.csv', 'workbook-file', /Save As/],
    ['no-such-file.csv', 'file-not-found', /not there/],
  ])('refuses %s with a plain message', async (name, kind, message) => {
    const error = await service.inspect(sheet(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual({ kind });
    expect((error as AppError).message).toMatch(message);
  });

  it('adds up every fixture: rows = valid + invalid + duplicate', async () => {
    for (const name of [
      'bom-glued-header.csv',
      'duplicates.csv',
      'empty-lines.csv',
      'excel-damage.csv',
      'ragged.csv',
      'reasons.csv',
      'semicolons.csv',
    ]) {
      const r = await check(name);
      expect(r.valid + r.invalid + r.duplicate, name).toBe(r.rows);
    }
  });
});
