import { describe, expect, it } from 'vitest';
import { guessHeader, isTotalsRow } from '../../../src/shared/contacts/header-row';
import { guessPhone, recognizeContactsExport } from '../../../src/shared/contacts/phone-columns';
import { createCellReader } from '../../../src/shared/phone/read-cell';

const read = createCellReader('IN', ',');
const callable = (cell: string) => {
  const r = read(cell);
  return r.ok ? r.e164 : null;
};
// The landlines here are Bengaluru's (80) and Mumbai's (22).
const isMobile = (e164: string) => !/^\+91(80|22)/.test(e164);
const guess = (headers: string[], rows: string[][]) => guessPhone({ headers, rows, wholeSheet: true, callable, isMobile });

describe('the phone column, chosen by its values', () => {
  it('never chooses a column of words, whatever its header says', () => {
    const rows = [
      ['Mobile', '+91 98450 12345'],
      ['Home', '+91 98450 12346'],
      ['Work', ''],
    ];
    expect(guess(['Phone - Type', 'Reach at'], rows).column).toBe(1);
    expect(guess(['Phone', 'Name'], [['Mobile', 'Asha']]).column).toBeNull();
  });

  it('prefers more callable numbers over a better header', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [i < 2 ? `98450 1000${i}` : '', `97400 1000${i}`]);
    const { column, view } = guess(['Phone', 'Other'], rows);
    expect(column).toBe(1);
    expect(view.reason).toBe('Other: 10 of 10 rows hold a number');
    expect(view.fallbackColumn).toBe(0);
  });

  it('breaks a near-tie with mobile over landline, then with the header', () => {
    const landline = Array.from({ length: 20 }, (_, i) => [`080 2345 67${10 + i}`, `98450 100${10 + i}`]);
    expect(guess(['Phone', 'Contact'], landline).column).toBe(1);
    const both = Array.from({ length: 20 }, (_, i) => [`98450 100${10 + i}`, `97400 100${10 + i}`]);
    expect(guess(['Ref', 'Mobile'], both).column).toBe(1);
    expect(guess(['Ref', 'Other'], both).column).toBe(0);
  });

  it('falls back to the header when no column holds a callable number, never to a column of words', () => {
    expect(guess(['Name', 'Phone', 'City'], []).column).toBe(1);
    expect(guess(['Phone Type', 'Phone'], [['Mobile', '']]).column).toBe(1);
  });

  it('says “of the first N rows” when the sample is not the whole sheet', () => {
    const { view } = guessPhone({ headers: ['Mobile'], rows: [['9845012345']], wholeSheet: false, callable, isMobile });
    expect(view.reason).toBe('Mobile: 1 of the first 1 rows hold a number');
  });

  it('recognises Google Contacts (old and new headers) and Outlook by their headers', () => {
    expect(recognizeContactsExport(['Name', 'Phone 1 - Type', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value'])).toEqual({
      kind: 'google',
      columns: [2, 4],
      typeColumns: [1, 3],
    });
    expect(recognizeContactsExport(['First Name', 'Business Phone', 'Home Phone', 'Business Fax', 'Mobile Phone'])).toEqual({
      kind: 'outlook',
      columns: [4, 1, 2],
      typeColumns: [-1, -1, -1],
    });
    expect(recognizeContactsExport(['Name', 'Phone', 'Mobile'])).toBeNull();
  });
});

describe('where the header is', () => {
  it('no header when the first row holds a callable number', () => {
    expect(
      guessHeader(
        [
          ['9845012345', 'Asha'],
          ['9845012346', 'Ravi'],
        ],
        callable,
      ),
    ).toEqual({ titleRows: 0, hasHeader: false });
  });

  it('the header under a title row', () => {
    const records = [
      ['Dues for December', '', ''],
      ['Name', 'Mobile', 'Amount'],
      ['Asha', '9845012345', '10'],
    ];
    expect(guessHeader(records, callable)).toEqual({ titleRows: 1, hasHeader: true });
  });

  it('a first contact whose number is wrong is still a contact, not a header', () => {
    const records = [
      ['98450 1234', 'Asha', 'Pune'],
      ['9845012346', 'Ravi', 'Goa'],
    ];
    expect(guessHeader(records, callable)).toEqual({ titleRows: 0, hasHeader: false });
  });

  it('keeps the first row as the header of a sheet with no callable number', () => {
    expect(
      guessHeader(
        [
          ['Name', 'Phone'],
          ['Asha', 'n/a'],
        ],
        callable,
      ),
    ).toEqual({ titleRows: 0, hasHeader: true });
  });

  it('knows a totals row', () => {
    expect(isTotalsRow(['Total', '', '1802.75'])).toBe(true);
    expect(isTotalsRow(['', 'Grand Total:', '9'])).toBe(true);
    expect(isTotalsRow(['Totalia Rao', '9845012345'])).toBe(false);
  });
});

describe('a cell with more than one number', () => {
  it.each([
    ['+91 98450 12345 ::: +91 97400 12345', '+919845012345', 'several-numbers'],
    ['98450 12345 / 97400 12345', '+919845012345', 'several-numbers'],
    ['98450 12345; 97400 12345', '+919845012345', 'several-numbers'],
    ['98450 12345\n97400 12345', '+919845012345', 'several-numbers'],
    ['n/a ; 97400 12345', '+919740012345', 'several-numbers'],
    ['080 2345 6789 ext. 12', '+918023456789', 'extension-dropped'],
    ['08023456789 x201', '+918023456789', 'extension-dropped'],
    ['08023456789 #5', '+918023456789', 'extension-dropped'],
    ['08023456789 доб. 3', '+918023456789', 'extension-dropped'],
    ['08023456789 201', '+918023456789', 'extension-dropped'],
  ])('reads %j as %s with a note', (cell, e164, note) => {
    expect(read(cell)).toEqual({ ok: true, e164, note });
  });

  it('splits on a comma only when the comma is not the delimiter', () => {
    expect(read('98450 12345, 97400 12345').ok).toBe(false);
    expect(createCellReader('IN', ';')('98450 12345, 97400 12345')).toEqual({ ok: true, e164: '+919845012345', note: 'several-numbers' });
  });

  it('leaves a plain number as it is, and a number split by spaces is not an extension', () => {
    expect(read('98450 12345')).toEqual({ ok: true, e164: '+919845012345' });
    expect(read('98765 43210 98765')).toEqual({ ok: false, reason: 'too-long' });
  });
});
