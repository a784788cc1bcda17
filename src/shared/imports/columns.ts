/** Header cleanup and the guesses shown on the mapping step. */

// A UTF-8 byte-order mark read as Windows-1252 shows up as these three characters.
const BOM_AS_1252 = '\u00EF\u00BB\u00BF';
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;

/** Headers as a person reads them: no byte-order mark, no invisible characters, no outer spaces. */
export function cleanHeaders(raw: readonly string[]): string[] {
  return raw.map((cell, i) => {
    let name = cell;
    if (i === 0 && name.startsWith(BOM_AS_1252)) name = name.slice(BOM_AS_1252.length);
    name = name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    return name === '' ? `Column ${i + 1}` : name;
  });
}

/** Header names that appear more than once (compared without case), each listed once. */
export function findDuplicateHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const h of headers) seen.set(h.toLowerCase(), (seen.get(h.toLowerCase()) ?? 0) + 1);
  const out: string[] = [];
  const listed = new Set<string>();
  for (const h of headers) {
    const key = h.toLowerCase();
    if ((seen.get(key) ?? 0) > 1 && !listed.has(key)) {
      listed.add(key);
      out.push(h);
    }
  }
  return out;
}

const PHONE_WORDS = ['phone', 'mobile', 'mob', 'cell', 'contact', 'number', 'msisdn', 'tel', 'telephone', 'whatsapp', 'ph'];
const NOT_PHONE_WORDS = ['name', 'email', 'mail', 'id', 'person', 'address', 'city', 'amount', 'date'];

/**
 * The phone column: a header that names one (phone, mobile, number, contact...), else the
 * column whose sample values mostly look like phone numbers. Null when nothing fits.
 */
export function guessPhoneColumn(headers: readonly string[], sampleRows: readonly (readonly string[])[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  headers.forEach((header, i) => {
    const words = header.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    if (words.some((w) => NOT_PHONE_WORDS.includes(w))) return;
    const hits = words.filter((w) => PHONE_WORDS.includes(w)).length;
    const score = hits === 0 ? 0 : hits + (words.length === hits ? 1 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best !== null) return best;

  let bestShare = 0.5;
  headers.forEach((_, i) => {
    const values = sampleRows.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
    if (values.length === 0) return;
    const share = values.filter(looksLikePhone).length / values.length;
    if (share > bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

function looksLikePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && /^[\d\s+\-().'E]+$/i.test(value);
}

/** Exotel's dynamic list reserves `number` for the phone column. */
export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set(['number']);
const MAX_NAME = 40;

/** One Exotel-safe variable name per column (letters, digits, _; starts with a letter), all distinct. */
export function suggestVariableNames(headers: readonly string[]): string[] {
  const taken = new Set<string>(RESERVED_VARIABLE_NAMES);
  return headers.map((header, i) => {
    let base = header
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (base === '') base = `Column_${i + 1}`;
    if (!/^[A-Za-z]/.test(base)) base = `C_${base}`;
    base = base.slice(0, MAX_NAME);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
