import type { HeaderChoice } from './schemas';
import type { CallableNumber } from './phone-columns';

/** Words column names are made of; a first row with one of them is a header, not a contact. */
const HEADER_WORDS =
  /\b(phone|mobile|mob|cell|contact|number|no|msisdn|tel|telephone|whatsapp|name|email|e-mail|city|amount|date|address|customer|id)\b/i;
/** Rows looked at for the header: a title rarely takes more than a few. */
const LOOK_AT = 20;

function filled(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) if (cell.trim() !== '') n++;
  return n;
}

/**
 * Where the column names are, from the first rows (blank lines left out). The first row with a
 * number the account can call is the first contact; the header is the first row above it that is
 * as wide as the contacts (a title is one or two cells) and holds no number. With no row above
 * the first contact, or the first row naming no column and shaped like the rows below, there is
 * no header. A sheet with no callable number at all keeps its first row as the header.
 */
export function guessHeader(records: readonly (readonly string[])[], callable: CallableNumber): HeaderChoice {
  const look = records.slice(0, LOOK_AT);
  const hasNumber = (r: readonly string[]) => r.some((cell) => callable(cell) !== null);
  const firstContact = look.findIndex(hasNumber);
  if (firstContact < 0) return { titleRows: 0, hasHeader: true };
  if (firstContact === 0) return { titleRows: 0, hasHeader: false };
  const contact = look[firstContact] ?? [];
  const width = filled(contact);
  const wide = Math.max(1, Math.min(2, width), Math.ceil(width / 2));
  for (let i = 0; i < firstContact; i++) {
    const row = look[i] ?? [];
    if (filled(row) < wide) continue;
    // A contact whose number is wrong still looks like one: digits where the numbers are, no column names.
    return looksLikeContact(row, contact, callable) ? { titleRows: i, hasHeader: false } : { titleRows: i, hasHeader: true };
  }
  return { titleRows: firstContact - 1, hasHeader: true };
}

function looksLikeContact(row: readonly string[], contact: readonly string[], callable: CallableNumber): boolean {
  if (row.some((cell) => HEADER_WORDS.test(cell))) return false;
  const phone = contact.findIndex((cell) => callable(cell) !== null);
  return /\d{6,}/.test((row[phone] ?? '').replace(/[\s().-]/g, ''));
}

/** Column names for a sheet without a header: "Column 1", "Column 2"... */
export function numberedHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Column ${i + 1}`);
}

const TOTALS = /^\s*(grand\s+|sub\s*-?)?totals?\b|^\s*sum\b|^\s*(total|count)\s*:/i;

/** A row under the data that adds it up ("Total", "Grand total"): not a contact. */
export function isTotalsRow(record: readonly string[]): boolean {
  for (const cell of record) if (cell.length < 40 && TOTALS.test(cell)) return true;
  return false;
}
