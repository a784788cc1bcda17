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
    // Most cells are already clean: try them as they are before any cleaning work. The fast
    // path refuses every character cleaning removes, except a float's ".0", checked here.
    if (fast && raw.length > 0 && !isSpace(raw.charCodeAt(0)) && !isSpace(raw.charCodeAt(raw.length - 1)) && !hasFloatTail(raw)) {
      const e164 = fast(raw);
      if (e164 !== null) return { ok: true, e164 };
    }
    const cell = cleanNumberCell(raw);
    if (fast && cell !== raw) {
      const e164 = fast(cell);
      if (e164 !== null) return { ok: true, e164 };
    }
    return checkWithLibrary(cell, code);
  };
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0;
}

/** Whether the cell ends like a float export: a dot and only zeros after it. */
function hasFloatTail(cell: string): boolean {
  let i = cell.length - 1;
  while (i >= 0 && cell.charCodeAt(i) === 48) i--;
  return i < cell.length - 1 && i >= 0 && cell.charCodeAt(i) === 46;
}
