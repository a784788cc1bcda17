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

  const iddAndCode = idd + callingCode;
  const withCode = `+${callingCode}`;

  return (cell) => {
    const run = digitRun(cell);
    if (run === null) return null;
    let nsn: string;
    if (run.charCodeAt(0) === PLUS) {
      if (run.length !== international + 1 || !run.startsWith(callingCode, 1)) return null;
      nsn = run.slice(1 + callingCode.length);
    } else if (run.length === NSN_LENGTH) nsn = run;
    else if (run.length === withPrefix && run.startsWith(nationalPrefix)) nsn = run.slice(nationalPrefix.length);
    else if (run.length === withIdd && run.startsWith(iddAndCode)) nsn = run.slice(withIdd - NSN_LENGTH);
    // The library reads a leading calling code without "+" only when the whole run is no national number.
    else if (run.length === international && run.startsWith(callingCode) && !national.test(run)) nsn = run.slice(callingCode.length);
    else return null;
    // A national number that itself starts like a prefix is the library's call, not ours.
    if (nsn.startsWith(nationalPrefix)) return null;
    if (!national.test(nsn)) return null;
    for (const type of types) {
      // A cell typed in E.164 already is its own answer: no new string for it.
      if (type.test(nsn)) return run.length === international + 1 && run.charCodeAt(0) === PLUS ? run : withCode + nsn;
    }
    return null;
  };
}

const PLUS = 43;
const SEPARATORS = /[ \-().]/g;

/**
 * The cell's digits, after a "+" when it starts with one, for a cell made only of digits and
 * the separators people type between them (space, dash, brackets, dot); null for anything else.
 */
function digitRun(cell: string): string | null {
  const start = cell.charCodeAt(0) === PLUS ? 1 : 0;
  let separators = 0;
  for (let i = start; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 32 || c === 45 || c === 40 || c === 41 || c === 46) separators++;
    else return null;
  }
  if (cell.length - start - separators === 0) return null;
  return separators === 0 ? cell : cell.replace(SEPARATORS, '');
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
