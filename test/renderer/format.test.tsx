import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../src/renderer/lib/format';
import { rowReason } from '../../src/renderer/features/contacts/reason-text';
import { describeProblem } from '../../src/shared/contacts/describe-reason';

describe('times and reasons people read', () => {
  const now = new Date('2026-11-27T05:00:00Z');

  it('shows clock times with their zone, India as IST', () => {
    expect(formatTime('2026-11-27T05:00:00Z', { timeZone: 'Asia/Kolkata' })).toBe('10:30 IST');
    expect(formatTime('2026-11-27T05:00:00Z', { timeZone: 'Asia/Singapore' })).toBe('13:00 SGT');
    expect(formatTime('2026-11-27T05:00:00Z', { timeZone: 'UTC' })).toBe('05:00 UTC');
  });

  it('adds the date only when it is not today', () => {
    const opts = { timeZone: 'Asia/Kolkata', now };
    expect(formatDateTime('2026-11-27T04:00:00Z', opts)).toBe('09:30 IST');
    expect(formatDateTime('2026-11-25T04:00:00Z', opts)).toBe('25 Nov 09:30 IST');
    expect(formatDateTime('2025-03-02T04:00:00Z', opts)).toBe('2 Mar 2025 09:30 IST');
    expect(formatDateTime('not a time', opts)).toBe('—');
  });

  it('explains a row problem in plain words', () => {
    expect(rowReason({ status: 'invalid', reason: 'scientific-notation', raw: '9.19876E+11', duplicateOf: null })).toBe(
      'Excel turned this number into 9.19876E+11 and lost digits: format the column as Text and export again.',
    );
    // The screen says what the problems CSV says, word for word.
    const foreign = { status: 'invalid' as const, reason: 'wrong-country' as const, raw: '+1 415 555 0100', duplicateOf: null };
    expect(rowReason(foreign)).toBe(describeProblem({ ...foreign, number: null, rowNumber: 5, variables: {} }, 'IN'));
    expect(rowReason(foreign)).toContain('the United States');
    expect(rowReason({ status: 'duplicate', reason: null, raw: '98765 43210', duplicateOf: 1204 })).toMatch(/^Repeats row 1.?204$/);
    expect(rowReason({ status: 'invalid', reason: 'empty-number', raw: '', duplicateOf: null })).toBe('The number cell is empty.');
    expect(rowReason({ status: 'valid', reason: null, raw: '98765 43210', duplicateOf: null })).toBe('');
  });
});
