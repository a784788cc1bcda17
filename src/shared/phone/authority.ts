import {
  getCountryCallingCode,
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import type { PhoneCheck, PhoneReason } from './phone-check';

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
// Digits plus the punctuation people type inside numbers; anything else is not a phone number.
const OTHER_SYMBOL = /[^\d\s+\-()./]/;

export function isKnownCountry(country: string): country is CountryCode {
  return isSupportedCountry(country);
}

/**
 * The authority: libphonenumber-js with full metadata decides every number the fast path does
 * not take. `cell` has been through cleanNumberCell.
 */
export function checkWithLibrary(cell: string, country: CountryCode): PhoneCheck {
  if (cell === '') return refuse('empty-number');
  if (SCIENTIFIC.test(cell)) return refuse('scientific-notation');
  if (LETTER.test(cell)) return refuse('letters');
  if (!DIGIT.test(cell) || OTHER_SYMBOL.test(cell)) return refuse('not-a-number');
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(cell, { defaultCountry: country });
  } catch (error) {
    if (error instanceof ParseError) return refuse(reasonFromLibrary(error.message));
    throw error;
  }
  if (!parsed.isValid()) return refuse(reasonFromLibrary(validatePhoneNumberLength(cell, { defaultCountry: country })));
  if (parsed.countryCallingCode !== getCountryCallingCode(country)) return refuse('wrong-country');
  return { ok: true, e164: parsed.number };
}

function reasonFromLibrary(code: string | undefined): PhoneReason {
  switch (code) {
    case 'TOO_SHORT':
      return 'too-short';
    case 'TOO_LONG':
      return 'too-long';
    case 'NOT_A_NUMBER':
      return 'not-a-number';
    default:
      return 'invalid-number';
  }
}

function refuse(reason: PhoneReason): PhoneCheck {
  return { ok: false, reason };
}
