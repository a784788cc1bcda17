/**
 * Which columns of a sheet hold the contact's name, for the Name column of exports: one column that holds the
 * whole name ("Name", "Customer Name", "Full name"), or the parts of it in order ("First Name" + "Last Name",
 * as Google and Outlook export them). Guessed from the headers; the user can choose on the mapping step.
 */

/** At most first, middle and last. */
export const MAX_NAME_COLUMNS = 3;

const words = (header: string): string[] =>
  header
    .toLowerCase()
    .replace(/([a-z])(?=name\b)/g, '$1 ')
    .split(/[^a-z]+/)
    .filter(Boolean);

/** Words that make a "... name" header something other than a person's name. */
const NOT_PERSON = new Set([
  'company',
  'business',
  'organisation',
  'organization',
  'org',
  'user',
  'username',
  'file',
  'list',
  'campaign',
  'product',
  'plan',
  'city',
  'state',
  'country',
  'branch',
  'bank',
  'father',
  'fathers',
  'mother',
  'mothers',
  'spouse',
  'guardian',
  'agent',
  'manager',
  'executive',
  'sender',
  'nick',
  'nickname',
  'phonetic',
  'yomi',
  'school',
  'village',
  'district',
  'street',
  'area',
  'shop',
  'store',
  'dealer',
  'item',
  'course',
  'event',
  'sheet',
  'group',
]);
const FIRST = new Set(['first', 'given', 'fname', 'forename', 'firstname']);
const MIDDLE = new Set(['middle', 'mname', 'additional', 'middlename']);
const LAST = new Set(['last', 'family', 'surname', 'lname', 'lastname', 'sur']);

type Part = 'whole' | 'first' | 'middle' | 'last';

/** What a header names, when it names part or all of a person's name; how sure, higher is surer. */
function nameKind(header: string): { part: Part; score: number } | null {
  const w = words(header);
  if (w.length === 0 || w.some((x) => NOT_PERSON.has(x))) return null;
  if (w.length === 1) {
    const [only = ''] = w;
    if (FIRST.has(only)) return { part: 'first', score: 2 };
    if (LAST.has(only)) return { part: 'last', score: 2 };
    if (only === 'name' || only === 'naam' || only === 'fullname') return { part: 'whole', score: 3 };
    return null;
  }
  if (!w.includes('name') && !w.includes('names')) return null;
  if (w.some((x) => FIRST.has(x))) return { part: 'first', score: 3 };
  if (w.some((x) => MIDDLE.has(x))) return { part: 'middle', score: 2 };
  if (w.some((x) => LAST.has(x))) return { part: 'last', score: 3 };
  // "Full name", "Customer Name", "Contact name": the whole name, the shorter the header the surer.
  return { part: 'whole', score: w.includes('full') ? 4 : 3 - Math.min(1, (w.length - 2) * 0.5) };
}

/**
 * The name columns of a sheet, in the order their text makes a name: [whole], [first, last], [first, middle,
 * last] or [first]; empty when no header names one. `skip` is a column that cannot be the name (the phone's).
 */
export function guessNameColumns(headers: readonly string[], skip: number | null = null): number[] {
  const found = headers.map((h, i) => (i === skip ? null : nameKind(h)));
  const best = (part: Part): number | null => {
    let at: number | null = null;
    let score = 0;
    found.forEach((k, i) => {
      if (k && k.part === part && k.score > score) {
        at = i;
        score = k.score;
      }
    });
    return at;
  };
  const whole = best('whole');
  const first = best('first');
  const last = best('last');
  if (whole !== null) return [whole];
  if (first === null) return last === null ? [] : [last];
  const middle = best('middle');
  return [first, ...(middle !== null ? [middle] : []), ...(last !== null ? [last] : [])];
}

/** A contact's name from its cells in the name columns: the parts that have text, joined by one space. */
export function joinName(parts: readonly (string | undefined)[]): string {
  let name = '';
  for (const part of parts) {
    const text = part?.trim();
    if (text) name = name ? `${name} ${text}` : text;
  }
  return name;
}
