import { describe, expect, it } from 'vitest';
import { countOf, formatCount, nounOf } from '../../../src/shared/plural';
import { columnReason } from '../../../src/shared/contacts/phone-columns';

describe('counts as staff of an Indian account read them', () => {
  it('puts the noun in agreement with the count', () => {
    expect(countOf(1, 'number')).toBe('1 number');
    expect(countOf(0, 'number')).toBe('0 numbers');
    expect(countOf(2000, 'number')).toBe('2,000 numbers');
    expect(countOf(3, 'retry', 'retries')).toBe('3 retries');
  });

  it('gives the noun alone by the same rule, for a figure set apart from it', () => {
    expect(nounOf(1, 'number will be called', 'numbers will be called')).toBe('number will be called');
    expect(nounOf(0, 'number will be called', 'numbers will be called')).toBe('numbers will be called');
    expect(nounOf(12_000, 'second')).toBe('seconds');
  });

  it('groups lakhs and crores, whatever the computer’s own locale', () => {
    expect(formatCount(100_000)).toBe('1,00,000');
    expect(formatCount(12_345_678)).toBe('1,23,45,678');
    expect(countOf(150_000, 'row')).toBe('1,50,000 rows');
  });

  it('writes a column reason of main with the same grouping as the screens', () => {
    expect(columnReason('Mobile', { callable: 120_000, filled: 120_000, mobile: 0, words: 0 }, 150_000, true)).toBe(
      'Mobile: 1,20,000 of 1,50,000 rows hold a number',
    );
  });
});
