import type { CountryCode } from 'libphonenumber-js/max';
import { checkWithLibrary, isKnownCountry } from './authority';
import { cleanNumberCell } from './clean-cell';
import { createFastPath } from './fast-path';
import type { PhoneCheck } from './phone-check';

export type PhoneNormaliser = (raw: string) => PhoneCheck;

/**
 * Distinct refused cells remembered per normaliser. The same junk ("N/A", "0", a short code)
 * repeats down a sheet and the library takes tens of microseconds to refuse each; the bound
 * keeps a sheet of all-different junk from holding its cells.
 */
const REMEMBERED_REFUSALS = 1024;
/** Longer cells are rarely repeated junk, and remembering them would hold bigger strings. */
const LONGEST_REMEMBERED = 32;

/**
 * Builds the checker for one list: numbers in E.164 for `country`'s account. Common shapes
 * go through the fast path, whose every answer the library would give too; the rest, and
 * every refusal, come from libphonenumber-js itself.
 */
export function createPhoneNormaliser(country: string): PhoneNormaliser {
  if (!isKnownCountry(country)) throw new RangeError(`Unknown country code ${country}`);
  const code: CountryCode = country;
  const fast = createFastPath(code);
  const refusals = new Map<string, PhoneCheck>();
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
    const known = refusals.get(cell);
    if (known) return known;
    const checked = checkWithLibrary(cell, code);
    if (!checked.ok && cell.length <= LONGEST_REMEMBERED && refusals.size < REMEMBERED_REFUSALS) {
      refusals.set(ownCopy(cell), Object.freeze(checked));
    }
    return checked;
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

/** A copy that shares no memory with the text it was cut from, so keeping it keeps no more. */
function ownCopy(cell: string): string {
  return cell.split('').join('');
}
