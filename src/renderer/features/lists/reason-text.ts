import type { ContactRow, InvalidReason } from '../../../shared/imports/schemas';
import { formatCount } from '../../lib/format';

/** Short names for the reason breakdown beside the counts. */
export const REASON_LABEL: Record<InvalidReason, string> = {
  'empty-number': 'No number',
  'not-a-number': 'Not a phone number',
  letters: 'Letters in the number',
  'too-short': 'Too few digits',
  'too-long': 'Too many digits',
  'scientific-notation': 'Damaged by Excel (E+ notation)',
  'invalid-number': 'Not a valid number',
  'wrong-country': 'Wrong country',
  'ragged-row': 'Cells out of line',
  'cell-too-long': 'A cell over 4 KB',
};

export function reasonLabel(code: string): string {
  return (REASON_LABEL as Record<string, string>)[code] ?? code;
}

/** A row's problem in words a person can act on. */
export function rowReason(row: Pick<ContactRow, 'status' | 'reason' | 'raw' | 'duplicateOf'>, country = 'IN'): string {
  if (row.status === 'duplicate') {
    return row.duplicateOf !== null ? `Repeats row ${formatCount(row.duplicateOf)}` : 'Repeats an earlier row';
  }
  if (row.status === 'valid') return '';
  switch (row.reason) {
    case 'empty-number':
      return 'The phone cell is empty';
    case 'not-a-number':
      return `“${row.raw}” is not a phone number`;
    case 'letters':
      return 'The number has letters in it';
    case 'too-short':
      return 'Too few digits for a phone number';
    case 'too-long':
      return 'Too many digits for a phone number';
    case 'scientific-notation':
      return `Excel turned this number into ${row.raw} and lost digits: format the column as Text and export again`;
    case 'invalid-number':
      return `Not a valid phone number for ${country}`;
    case 'wrong-country':
      return `This number is not from ${country}: write it with its country code`;
    case 'ragged-row':
      return 'This row has a different number of cells than the header';
    case 'cell-too-long':
      return 'A cell holds more than 4 KB of text: only its first 4 KB are kept';
    default:
      return 'This number could not be used';
  }
}
