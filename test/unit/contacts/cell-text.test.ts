import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/main/services/contacts/workbook/cell-text';

describe('cell text as Excel shows it, read again and again', () => {
  it('shows one value through each cell’s own format, however often it was seen before', () => {
    for (let i = 0; i < 3; i++) {
      expect(cellText({ value: 503.25, numFmt: '0.00' })).toBe('503.25');
      expect(cellText({ value: 503.25, numFmt: '#,##0.0' })).toBe('503.3');
      expect(cellText({ value: 503.25, numFmt: '0%' })).toBe('50325%');
    }
  });

  it('shows a date column the same on its last row as on its first', () => {
    const due = new Date(Date.UTC(2025, 2, 14));
    const first = cellText({ value: due, numFmt: 'dd/mm/yyyy' });
    for (let i = 0; i < 10_000; i++) cellText({ value: new Date(Date.UTC(2025, 0, 1 + (i % 400))), numFmt: 'dd/mm/yyyy' });
    expect(first).toBe('14/03/2025');
    expect(cellText({ value: due, numFmt: 'dd/mm/yyyy' })).toBe('14/03/2025');
    expect(cellText({ value: due, numFmt: 'yyyy-mm-dd' })).toBe('2025-03-14');
  });

  it('shows a sheet of amounts that never repeat each through the format', () => {
    for (let i = 0; i < 6000; i++) expect(cellText({ value: i + 0.5, numFmt: '0.00' })).toBe(`${i}.50`);
  });
});

describe('amounts in a fixed-decimals format', () => {
  it('show the digits the format shows, rounded as Excel rounds them', () => {
    expect(cellText({ value: 1.005, numFmt: '0.00' })).toBe('1.00');
    expect(cellText({ value: 2.675, numFmt: '0.00' })).toBe('2.68');
    expect(cellText({ value: 0.125, numFmt: '0.00' })).toBe('0.13');
    expect(cellText({ value: 4327.374, numFmt: '0.00' })).toBe('4327.37');
    expect(cellText({ value: 4327.376, numFmt: '0' })).toBe('4327');
    expect(cellText({ value: -4327.37, numFmt: '0.00' })).toBe('-4327.37');
    expect(cellText({ value: 123456789012.3456, numFmt: '0.000' })).toBe('123456789012.346');
  });
});
