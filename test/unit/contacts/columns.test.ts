import { describe, expect, it } from 'vitest';
import { NumberIndex } from '../../../src/main/services/contacts/number-index';
import { cleanHeaders, suggestVariableNames } from '../../../src/shared/contacts/columns';
import { describeProblem, describeReason } from '../../../src/shared/contacts/describe-reason';
import { VariableMapping } from '../../../src/shared/contacts/schemas';

describe('headers and the mapping guesses', () => {
  it('cleans headers: marks, invisible characters, spaces, empty names', () => {
    expect(cleanHeaders(['\u00ef\u00bb\u00bfName', ' Mobile\u200b  No ', '', '\ufeffCity'])).toEqual([
      'Name',
      'Mobile No',
      'Column 3',
      'City',
    ]);
  });

  it('keeps headers as written for @@ names, numbering only repeats and Exotel’s own column', () => {
    const names = suggestVariableNames(['First Name', 'Amount Due (₹)', 'Name', 'name', '1st visit', 'नाम', 'Number', 'Zoë']);
    expect(names).toEqual(['First Name', 'Amount Due (₹)', 'Name', 'name 2', '1st visit', 'नाम', 'Number 2', 'Zoë']);
    for (const [column, name] of names.entries()) expect(VariableMapping.safeParse({ column, name }).success).toBe(true);
  });

  it('drops only what Exotel cannot take: @@, quotes, commas and line breaks', () => {
    expect(suggestVariableNames(['Order, ID', '"Due" date', 'Rahul’s note', '@@Amount', 'Line\nbreak', '@@'])).toEqual([
      'Order ID',
      'Due date',
      'Rahuls note',
      'Amount',
      'Line break',
      'Column 6',
    ]);
  });

  it('refuses a typed name Exotel could not take, and says why', () => {
    const problem = (name: string) => VariableMapping.safeParse({ column: 0, name }).error?.issues[0]?.message;
    expect(problem('Order ID')).toBeUndefined();
    expect(problem('a,b')).toBe('A name cannot hold quotes, commas or line breaks');
    expect(problem('x@@y')).toBe('A name cannot hold @@: Exotel reads it as the start of a variable');
    expect(problem(' Name')).toBe('Remove the spaces at the start or end of the name');
    expect(problem('')).toBe('A variable needs a name');
  });
});

describe('the duplicate index', () => {
  it('remembers the first row of each number, through growth', () => {
    const index = new NumberIndex(4);
    for (let i = 0; i < 5000; i++) expect(index.firstRowOrAdd(`+9198765${String(i).padStart(5, '0')}`, i + 2)).toBe(0);
    expect(index.firstRowOrAdd('+919876500042', 9000)).toBe(44);
    expect(index.size).toBe(5000);
  });

  it('keeps apart numbers whose digits differ only by leading zeros after the first eight', () => {
    const index = new NumberIndex();
    expect(index.firstRowOrAdd('+9198765001', 2)).toBe(0);
    expect(index.firstRowOrAdd('+91987650001', 3)).toBe(0);
    expect(index.firstRowOrAdd('+9198765001', 4)).toBe(2);
  });
});

describe('reasons in plain words', () => {
  it('says what is wrong and how to fix it', () => {
    expect(describeReason('scientific-notation', { raw: '9.19876E+11' })).toBe(
      'Excel turned this number into 9.19876E+11 and lost digits: format the column as Text and export again.',
    );
    expect(describeReason('wrong-country', { raw: '+1 415 555 0100', country: 'IN' })).toBe(
      '“+1 415 555 0100” is a number in the United States (+1); this account calls numbers in India (IN). Leave it out, or import it in a list for its own country.',
    );
    expect(describeReason('empty-number')).toBe('The number cell is empty.');
  });

  it('names the row a duplicate repeats', () => {
    const row = {
      rowNumber: 7,
      raw: '098765 00071',
      number: '+919876500071',
      status: 'duplicate',
      reason: null,
      duplicateOf: 2,
      variables: {},
    } as const;
    expect(describeProblem(row)).toBe('Same number as row 2 (+919876500071): it is called once.');
    expect(describeProblem({ ...row, status: 'valid', duplicateOf: null })).toBeNull();
  });
});
