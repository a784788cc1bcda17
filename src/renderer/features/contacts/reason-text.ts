import type { ContactRow, InvalidReason, RowNote } from '../../../shared/contacts/schemas';
import { describeProblem } from '../../../shared/contacts/describe-reason';
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
  'totals-row': 'A totals row',
};

/** Short names for the notes on valid rows. */
export const NOTE_LABEL: Record<RowNote, string> = {
  'several-numbers': 'Several numbers in a cell',
  'extension-dropped': 'Extension left out',
};

export function noteLabel(code: string): string {
  return (NOTE_LABEL as Record<string, string>)[code] ?? code;
}

export function reasonLabel(code: string): string {
  return (REASON_LABEL as Record<string, string>)[code] ?? code;
}

/** A row's problem in words a person can act on. */
export function rowReason(row: Pick<ContactRow, 'status' | 'reason' | 'raw' | 'duplicateOf'>, country = 'IN'): string {
  if (row.status === 'duplicate') {
    return row.duplicateOf !== null ? `Repeats row ${formatCount(row.duplicateOf)}` : 'Repeats an earlier row';
  }
  if (row.status === 'valid') return '';
  return describeProblem({ ...row, number: null, rowNumber: 0, variables: {} }, country) ?? 'This number could not be used';
}
