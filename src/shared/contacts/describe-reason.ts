import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { extensionOf, separatorsFor, splitNumbers } from '../phone/cell-pieces';
import type { ContactRow, InvalidReason, RowNote } from './schemas';

export interface ReasonContext {
  /** The cell as it was in the sheet. */
  raw?: string;
  /** The list's country, as an ISO code such as IN. */
  country?: string;
  /** The sheet's delimiter: a comma splits numbers in a cell only when it is not the delimiter. */
  delimiter?: string;
}

/** A refusal in plain words: what is wrong with the cell and how to fix it in the sheet. */
export function describeReason(code: InvalidReason, context: ReasonContext = {}): string {
  const cell = context.raw?.trim() ? `“${context.raw.trim()}”` : 'This number';
  const country = context.country ?? 'the list’s country';
  switch (code) {
    case 'empty-number':
      return 'The number cell is empty.';
    case 'not-a-number':
      return `${cell} is not a phone number.`;
    case 'letters':
      return `${cell} has letters in it: keep only digits, spaces, + and dashes.`;
    case 'too-short':
      return `${cell} has too few digits for a phone number: a digit may be missing.`;
    case 'too-long':
      return `${cell} has too many digits for a phone number: are there two numbers in one cell?`;
    case 'scientific-notation':
      return `Excel turned this number into ${context.raw?.trim() || 'scientific notation'} and lost digits: format the column as Text and export again.`;
    case 'invalid-number':
      return `${cell} is not a valid phone number in ${country}.`;
    case 'wrong-country':
      return wrongCountry(cell, context);
    case 'cell-too-long':
      return 'A cell in this row holds more than 4 KB of text, more than any contact detail: only its first 4 KB are kept. Check the row in the sheet.';
    case 'totals-row':
      return 'This row adds up the rows above it (a totals row), it is not a contact: it is not called.';
    case 'ragged-row':
      return 'This row’s cells do not line up with the header (more cells, or the number cell missing), so its number cannot be trusted: often a comma inside a name without quotes.';
  }
}

/** What a valid row's note says about its number cell. */
export function describeNote(note: RowNote, context: ReasonContext = {}): string {
  const raw = context.raw?.trim() ?? '';
  switch (note) {
    case 'several-numbers': {
      const n = Math.max(2, splitNumbers(raw, separatorsFor(context.delimiter)).length);
      return `${n} numbers in this cell: the first one that can be called is called.`;
    }
    case 'extension-dropped': {
      const ext = extensionOf(raw);
      return `The extension${ext ? ` ${ext}` : ''} after the number is left out: Exotel cannot dial it.`;
    }
  }
}

/** Why a row is not sent, for any row that is not valid; for a valid row, its note; else null. */
export function describeProblem(row: ContactRow, country?: string, delimiter?: string): string | null {
  if (row.status === 'valid')
    return row.note ? describeNote(row.note, delimiter === undefined ? { raw: row.raw } : { raw: row.raw, delimiter }) : null;
  if (row.status === 'duplicate') {
    return `Same number as row ${row.duplicateOf ?? '?'}${row.number ? ` (${row.number})` : ''}: it is called once.`;
  }
  if (row.status === 'invalid' && row.reason) {
    return describeReason(row.reason, country === undefined ? { raw: row.raw } : { raw: row.raw, country });
  }
  return null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

const WITH_THE = /^(United |Netherlands|Philippines|Bahamas|Maldives|Gambia|Czech Republic)/;

function countryName(code: string): string {
  let name = code;
  try {
    name = regionNames.of(code) ?? code;
  } catch {
    // an unknown region code is shown as it is
  }
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/** Names the number's own country: the cell has its country code, it is just not the list's. */
function wrongCountry(cell: string, context: ReasonContext): string {
  // Read as the list's country would dial it, so "0044 20..." is the United Kingdom's number.
  const home = context.country && isSupportedCountry(context.country) ? context.country : undefined;
  const raw = context.raw?.trim();
  const parsed = raw ? parsePhoneNumberFromString(raw, home ? { defaultCountry: home } : {}) : undefined;
  const theirs = parsed?.country
    ? `a number in ${countryName(parsed.country)} (+${parsed.countryCallingCode})`
    : parsed
      ? `a number with country code +${parsed.countryCallingCode}`
      : 'a number from another country';
  const ours = context.country ? `${countryName(context.country)} (${context.country})` : 'the list’s country';
  return `${cell} is ${theirs}; this account calls numbers in ${ours}. Leave it out, or import it in a list for its own country.`;
}
