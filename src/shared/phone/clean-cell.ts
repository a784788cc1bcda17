/**
 * Undoes the wrapping that spreadsheets put around a number cell before anyone judges it:
 * stray and invisible spaces, Excel's text apostrophe, the ="..." text formula (which the
 * app itself writes in exported CSVs), and the ".0" a float export appends.
 */
const NEEDS_CLEANING = /[\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF'="]|\.0+$/;
const WIDE_SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;
const TEXT_FORMULA = /^="(.*)"$/s;
const FLOAT_TAIL = /^(\+?\d+)\.0+$/;

export function cleanNumberCell(raw: string): string {
  let s = raw.trim();
  if (!NEEDS_CLEANING.test(s)) return s;
  s = s.replace(WIDE_SPACES, ' ').replace(INVISIBLE, '').trim();
  const formula = TEXT_FORMULA.exec(s);
  if (formula) s = (formula[1] ?? '').trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  const float = FLOAT_TAIL.exec(s);
  if (float) s = float[1] ?? s;
  return s;
}
