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

/** Exotel's dynamic list reserves `number` for the phone column. */
export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set(['number']);
export const MAX_VARIABLE_NAME = 100;

/**
 * What Exotel cannot take in a dynamic list's header: `@@` (it starts a reference), quotes, commas and
 * line breaks (they break the CSV it is uploaded in). Everything else, spaces included, is fine.
 */
const UNSAFE = /@@|["'\u2018\u2019\u201C\u201D]|[,\r\n]/;

/** Why a variable name cannot go to Exotel as it is, or null when it can. */
export function variableNameProblem(name: string): string | null {
  if (name.trim() === '') return 'A variable needs a name';
  if (name !== name.trim()) return 'Remove the spaces at the start or end of the name';
  if (name.length > MAX_VARIABLE_NAME) return `Keep variable names to ${MAX_VARIABLE_NAME} characters`;
  if (name.includes('@@')) return 'A name cannot hold @@: Exotel reads it as the start of a variable';
  if (UNSAFE.test(name)) return 'A name cannot hold quotes, commas or line breaks';
  return null;
}

/**
 * The `@@` name of each column: its header as written, so the user can type what the sheet says ("@@First Name").
 * Only what Exotel cannot take is changed: unsafe characters dropped, an empty header named after its column,
 * and a repeated (or reserved) name numbered.
 */
export function suggestVariableNames(headers: readonly string[]): string[] {
  const taken = new Set<string>(RESERVED_VARIABLE_NAMES);
  return headers.map((header, i) => {
    let base = header
      .replace(/@@/g, '')
      .replace(/["'\u2018\u2019\u201C\u201D]/g, '')
      .replace(/[,\r\n]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_VARIABLE_NAME - 4)
      .trim();
    if (base === '') base = `Column ${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
