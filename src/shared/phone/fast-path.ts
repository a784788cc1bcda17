import { Metadata } from 'libphonenumber-js/core';
import type { CountryCode } from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/max/metadata';

/** Returns the E.164 form when the cell is a common shape the fast path is sure of, else null. */
export type FastPath = (cell: string) => string | null;

/**
 * The parts of libphonenumber-js's numbering plan the fast path reads. They are not in the
 * package's type declarations, so each is checked at run time: if the library ever changes
 * shape, the fast path switches itself off and every number goes to the library.
 */
interface PlanInternals {
  callingCode(): unknown;
  nationalPrefix(): unknown;
  nationalPrefixForParsing(): unknown;
  nationalPrefixTransformRule(): unknown;
  IDDPrefix(): unknown;
  nationalNumberPattern(): unknown;
  type(name: string): { pattern(): unknown; possibleLengths(): unknown } | undefined;
}

/** Countries whose fast path is proven against the library by test/unit/phone/fast-path.test.ts. */
const PROVEN: ReadonlySet<string> = new Set(['IN']);
/** Only the shapes that make up nearly every real Indian list: 10-digit mobiles and STD landlines. */
const NSN_LENGTH = 10;

export function createFastPath(country: CountryCode): FastPath | null {
  if (!PROVEN.has(country)) return null;
  const plan = readPlan(country);
  if (!plan) return null;
  const { callingCode, nationalPrefix, idd, national, types } = plan;
  const international = callingCode.length + NSN_LENGTH;
  const withIdd = idd.length + international;
  const withPrefix = nationalPrefix.length + NSN_LENGTH;

  return (cell) => {
    const digits = digitsOf(cell);
    if (digits === null) return null;
    let nsn: string;
    if (digits.plus) {
      if (digits.value.length !== international || !digits.value.startsWith(callingCode)) return null;
      nsn = digits.value.slice(callingCode.length);
    } else {
      const d = digits.value;
      if (d.length === NSN_LENGTH) nsn = d;
      else if (d.length === withPrefix && d.startsWith(nationalPrefix)) nsn = d.slice(nationalPrefix.length);
      else if (d.length === withIdd && d.startsWith(idd + callingCode)) nsn = d.slice(withIdd - NSN_LENGTH);
      // The library reads a leading calling code without "+" only when the whole run is no national number.
      else if (d.length === international && d.startsWith(callingCode) && !national.test(d)) nsn = d.slice(callingCode.length);
      else return null;
    }
    // A national number that itself starts like a prefix is the library's call, not ours.
    if (nsn.startsWith(nationalPrefix)) return null;
    if (!national.test(nsn)) return null;
    for (const type of types) if (type.test(nsn)) return `+${callingCode}${nsn}`;
    return null;
  };
}

const SEPARATOR = new Set([' ', '-', '(', ')', '.']);

/** Digits of a cell made only of digits and common separators, with an optional leading "+". */
function digitsOf(cell: string): { plus: boolean; value: string } | null {
  const plus = cell.charCodeAt(0) === 43;
  let value = '';
  let clean = true;
  for (let i = plus ? 1 : 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (clean) continue;
      value += cell[i];
    } else if (SEPARATOR.has(cell[i] ?? '')) {
      if (clean) {
        value = cell.slice(plus ? 1 : 0, i);
        clean = false;
      }
    } else {
      return null;
    }
  }
  if (clean) value = plus ? cell.slice(1) : cell;
  return value.length === 0 ? null : { plus, value };
}

interface Plan {
  callingCode: string;
  nationalPrefix: string;
  idd: string;
  national: RegExp;
  types: RegExp[];
}

function readPlan(country: CountryCode): Plan | null {
  try {
    const metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan as unknown as PlanInternals | undefined;
    if (!plan) return null;
    const callingCode = plan.callingCode();
    const nationalPrefix = plan.nationalPrefix();
    const idd = plan.IDDPrefix();
    const national = plan.nationalNumberPattern();
    // A transform rule or a parsing prefix other than the plain national prefix means the
    // library rewrites numbers in ways the fast path does not copy.
    if (plan.nationalPrefixTransformRule() || plan.nationalPrefixForParsing() !== nationalPrefix) return null;
    if (!isDigits(callingCode) || !isDigits(nationalPrefix) || !isDigits(idd) || typeof national !== 'string') return null;
    const types: RegExp[] = [];
    // Mobiles first: they are most of every list, so most numbers need one pattern.
    for (const name of ['MOBILE', 'FIXED_LINE']) {
      const type = plan.type(name);
      const pattern = type?.pattern();
      const lengths = type?.possibleLengths();
      if (typeof pattern !== 'string' || pattern === '') return null;
      if (!Array.isArray(lengths) || !lengths.includes(NSN_LENGTH)) return null;
      types.push(whole(pattern));
    }
    return { callingCode, nationalPrefix, idd, national: whole(national), types };
  } catch {
    return null;
  }
}

function isDigits(value: unknown): value is string {
  return typeof value === 'string' && /^\d+$/.test(value);
}

function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
