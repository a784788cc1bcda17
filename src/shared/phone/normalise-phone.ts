import type { CountryCode } from 'libphonenumber-js/max';
import { checkWithLibrary, isKnownCountry } from './authority';
import { cleanNumberCell } from './clean-cell';
import { createFastPath } from './fast-path';
import type { PhoneCheck } from './phone-check';

export type PhoneNormaliser = (raw: string) => PhoneCheck;

/**
 * Builds the checker for one list: numbers in E.164 for `country`'s account. Common shapes
 * go through the fast path, whose every answer the library would give too; the rest, and
 * every refusal, come from libphonenumber-js itself.
 */
export function createPhoneNormaliser(country: string): PhoneNormaliser {
  if (!isKnownCountry(country)) throw new RangeError(`Unknown country code ${country}`);
  const code: CountryCode = country;
  const fast = createFastPath(code);
  return (raw) => {
    const cell = cleanNumberCell(raw);
    if (fast) {
      const e164 = fast(cell);
      if (e164 !== null) return { ok: true, e164 };
    }
    return checkWithLibrary(cell, code);
  };
}
