import { describe, expect, it } from 'vitest';
import { describeListSource } from '../../../src/shared/contacts/list-source';

describe('what a list says it was read from', () => {
  it('names the sheet of a workbook, as on its tab', () => {
    expect(describeListSource({ sourceFile: 'Dues.xlsx', sourceSheet: 'Leads', encoding: 'utf-8', delimiter: ',' })).toBe(
      'Excel workbook, sheet “Leads”',
    );
  });

  it('says only "Excel workbook" for a workbook imported before sheets were kept', () => {
    expect(describeListSource({ sourceFile: 'Dues.XLSM', sourceSheet: null, encoding: 'utf-8', delimiter: ',' })).toBe('Excel workbook');
    expect(describeListSource({ sourceFile: 'Dues.xlsx', encoding: 'utf-8', delimiter: ',' })).toBe('Excel workbook');
  });

  it('gives a CSV file its encoding and separator', () => {
    expect(describeListSource({ sourceFile: 'dues.csv', sourceSheet: null, encoding: 'windows-1252', delimiter: ';' })).toBe(
      'WINDOWS-1252 · semicolon-separated',
    );
    expect(describeListSource({ sourceFile: 'leads.txt', sourceSheet: null, encoding: 'utf-8', delimiter: '|' })).toBe(
      'UTF-8 · pipe-separated',
    );
  });
});
