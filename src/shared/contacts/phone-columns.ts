import type { ColumnScore, PhoneGuessView } from './schemas';
import { formatCount } from '../plural';

/** Reads one cell: the E.164 number the account can call, or null. */
export type CallableNumber = (cell: string) => string | null;
/** Whether an E.164 number is a mobile one. */
export type IsMobile = (e164: string) => boolean;

const PHONE_WORDS = new Set([
  'phone',
  'phones',
  'mobile',
  'mob',
  'cell',
  'contact',
  'number',
  'no',
  'msisdn',
  'tel',
  'telephone',
  'whatsapp',
  'ph',
  'value',
]);
const MOBILE_WORDS = new Set(['mobile', 'mob', 'cell', 'whatsapp']);
const NOT_PHONE_WORDS = new Set([
  'name',
  'email',
  'mail',
  'id',
  'person',
  'address',
  'city',
  'amount',
  'date',
  'fax',
  'pin',
  'pincode',
  'zip',
]);
/** Letters and no digit: "Mobile", "Home". A scan of char codes; a Unicode regex costs more on every cell. */
function isWords(cell: string): boolean {
  let letters = false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters = true;
  }
  return letters;
}

const GIVE_UP_AFTER = 200;
const MOBILE_SAMPLE = 200;
/** Two columns whose callable counts are this close are a near-tie: mobile, then the header, decide. */
const NEAR_TIE = 0.05;

function words(header: string): string[] {
  return header
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** +1 for a header naming a phone column, +2 for one naming a mobile, -2 for one naming something else. */
function headerScore(header: string): number {
  const w = words(header);
  if (w.some((x) => NOT_PHONE_WORDS.has(x))) return -2;
  if (w.some((x) => MOBILE_WORDS.has(x))) return 2;
  return w.some((x) => PHONE_WORDS.has(x)) ? 1 : 0;
}

/**
 * Counts, per column, the cells filled, callable and of words over the sample rows. Mobiles are
 * counted only where they decide something: among columns close to the best (see pickPhoneColumn).
 */
export function scoreColumns(
  columnCount: number,
  rows: readonly (readonly string[])[],
  callable: CallableNumber,
  isMobile: IsMobile,
): ColumnScore[] {
  const scores: ColumnScore[] = Array.from({ length: columnCount }, () => ({ filled: 0, callable: 0, mobile: 0, words: 0 }));
  const firstNumbers: string[][] = Array.from({ length: columnCount }, () => []);
  for (const row of rows) {
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c] ?? '';
      if (cell.trim() === '') continue;
      const score = scores[c] as ColumnScore;
      score.filled++;
      // A column with no number in its first cells is not read on: only its fill is still counted.
      const e164 = score.callable === 0 && score.filled > GIVE_UP_AFTER ? null : callable(cell);
      if (e164 === null) {
        if (isWords(cell)) score.words++;
        continue;
      }
      score.callable++;
      const numbers = firstNumbers[c] as string[];
      if (numbers.length < MOBILE_SAMPLE) numbers.push(e164);
    }
  }
  const best = Math.max(0, ...scores.map((s) => s.callable));
  const near = scores.filter((s) => s.callable > 0 && s.callable >= best * (1 - NEAR_TIE));
  if (near.length > 1) {
    scores.forEach((s, c) => {
      if (near.includes(s)) s.mobile = (firstNumbers[c] ?? []).filter(isMobile).length;
    });
  }
  return scores;
}

/**
 * The phone column: the one with the most callable numbers. A header's words only break a
 * near-tie (after mobile over landline), and a column with no callable number is never chosen,
 * however it is named.
 */
export function pickPhoneColumn(headers: readonly string[], scores: readonly ColumnScore[]): number | null {
  const best = Math.max(0, ...scores.map((s) => s.callable));
  if (best === 0) return pickByHeader(headers, scores);
  const near = scores.map((s, column) => ({ s, column })).filter(({ s }) => s.callable >= best * (1 - NEAR_TIE));
  near.sort(
    (a, b) =>
      mobileShare(b.s) - mobileShare(a.s) ||
      headerScore(headers[b.column] ?? '') - headerScore(headers[a.column] ?? '') ||
      b.s.callable - a.s.callable ||
      a.column - b.column,
  );
  return near[0]?.column ?? null;
}

/** Of a column's first numbers (up to MOBILE_SAMPLE), the share that are mobiles. */
function mobileShare(s: ColumnScore): number {
  return s.mobile / Math.min(s.callable, MOBILE_SAMPLE);
}

/**
 * With no callable number in any column (a sheet of only a header, or of numbers for another
 * country), the header names the phone column, as long as the column is not one of words.
 */
function pickByHeader(headers: readonly string[], scores: readonly ColumnScore[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  headers.forEach((header, column) => {
    const s = scores[column];
    if (s && s.words > s.filled / 2) return;
    const score = headerScore(header);
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  });
  return best;
}

/** The column to use when the phone cell is empty: the next one (then any other) that holds numbers. */
export function pickFallbackColumn(phone: number | null, scores: readonly ColumnScore[]): number | null {
  if (phone === null) return null;
  const holds = (c: number) => c !== phone && (scores[c]?.callable ?? 0) > 0;
  for (let c = phone + 1; c < scores.length; c++) if (holds(c)) return c;
  for (let c = 0; c < phone; c++) if (holds(c)) return c;
  return null;
}

const GOOGLE_VALUE = /^phone (\d+) - value$/i;
const GOOGLE_TYPE = /^phone (\d+) - (?:type|label)$/i;
const OUTLOOK_MARKS = ['mobile phone', 'business phone', 'home phone'];
const OUTLOOK_PHONE = /phone|callback/i;

/**
 * Google Contacts and Outlook exports, known by their headers. Google: every "Phone N - Value"
 * with its "Phone N - Type" (or "- Label") beside it; each contact's first Mobile number is
 * called, else its first number. Outlook: "Mobile Phone" first, then the other phone columns.
 */
export function recognizeContactsExport(headers: readonly string[]): PhoneGuessView['contactsExport'] {
  const lower = headers.map((h) => h.trim().toLowerCase());
  const values: Array<{ n: number; column: number }> = [];
  const types = new Map<number, number>();
  lower.forEach((h, column) => {
    const value = GOOGLE_VALUE.exec(h);
    if (value) values.push({ n: Number(value[1]), column });
    const type = GOOGLE_TYPE.exec(h);
    if (type) types.set(Number(type[1]), column);
  });
  if (values.length > 0 && types.size > 0) {
    values.sort((a, b) => a.n - b.n);
    return { kind: 'google', columns: values.map((v) => v.column), typeColumns: values.map((v) => types.get(v.n) ?? -1) };
  }
  if (OUTLOOK_MARKS.every((m) => lower.includes(m))) {
    const mobile = lower.indexOf('mobile phone');
    const others = lower.flatMap((h, column) => (column !== mobile && OUTLOOK_PHONE.test(h) && !/fax/.test(h) ? [column] : []));
    const columns = [mobile, ...others];
    return { kind: 'outlook', columns, typeColumns: columns.map(() => -1) };
  }
  return null;
}

/** A number column's type cell names a mobile: Google writes "Mobile" or "* Mobile" (its primary). */
export function isMobileType(cell: string): boolean {
  return /\b(mobile|cell)\b/i.test(cell);
}

export interface GuessInput {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Whether `rows` is every row of the sheet. */
  wholeSheet: boolean;
  callable: CallableNumber;
  isMobile: IsMobile;
}

/** Everything the mapping step shows about the phone column: the guess, why, and the fallback. */
export function guessPhone(input: GuessInput): { column: number | null; view: PhoneGuessView } {
  const { headers, rows } = input;
  const scores = scoreColumns(headers.length, rows, input.callable, input.isMobile);
  const contactsExport = recognizeContactsExport(headers);
  const exportFirst = contactsExport?.columns.find((c) => (scores[c]?.callable ?? 0) > 0);
  const column = exportFirst ?? pickPhoneColumn(headers, scores);
  // Offered too for an export, for when the user turns its own reading off.
  const fallbackColumn = pickFallbackColumn(column, scores);
  return {
    column,
    view: {
      sampled: rows.length,
      wholeSheet: input.wholeSheet,
      scores,
      reason:
        column === null
          ? null
          : columnReason(headers[column] ?? `Column ${column + 1}`, scores[column] as ColumnScore, rows.length, input.wholeSheet),
      fallbackColumn,
      contactsExport,
    },
  };
}

/** "Phone 1 - Value: 1,460 of 2,279 rows hold a number" (of the first N rows, when not all were read). */
export function columnReason(header: string, score: ColumnScore, sampled: number, wholeSheet: boolean): string {
  if (score.callable === 0) return `${header}: chosen by its name; no cell of it holds a number this account can call`;
  const of = wholeSheet
    ? `${formatCount(score.callable)} of ${formatCount(sampled)} rows`
    : `${formatCount(score.callable)} of the first ${formatCount(sampled)} rows`;
  return `${header}: ${of} hold a number`;
}
