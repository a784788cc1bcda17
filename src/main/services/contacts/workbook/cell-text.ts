import { format } from 'numfmt';

/** A cell as the workbook reader hands it over: its value and the number format Excel shows it with. */
export interface WorkbookCell {
  value: unknown;
  numFmt?: string | undefined;
}

/** Days from Excel's 1900 day zero to 1970-01-01: the reader turns date serials into Dates with it. */
const EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/**
 * Texts already made, per format and value. A column of dates or of round amounts repeats a few
 * hundred values over a whole sheet, and formatting one costs far more than finding it again.
 * Each format keeps at most CACHED_PER_FORMAT values: a column of values that never repeat
 * stops filling it and pays only the look-up.
 */
const CACHED_PER_FORMAT = 4096;
const CACHED_FORMATS = 64;
const madeTexts = new Map<string, Map<number, string>>();

/** A format of a fixed count of decimals and nothing else: "0", "0.00". */
const FIXED_DECIMALS = /^0(?:\.(0{1,6}))?$/;

/**
 * A non-negative number under a fixed-decimals format, as the formatter shows it, made by
 * toFixed: the two agree whenever the digit after the last shown is not a tie to round and
 * the number shows in fewer than 13 digits. Otherwise null, and the formatter decides.
 */
function fixedText(pattern: string, value: number): string | null {
  const match = FIXED_DECIMALS.exec(pattern);
  if (!match) return null;
  const decimals = match[1]?.length ?? 0;
  const scaled = value * 10 ** decimals;
  if (!(value >= 0 && scaled < 1e13)) return null;
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return null;
  return value.toFixed(decimals);
}

function formatted(pattern: string, value: number): string {
  // A map's keys do not tell -0 from 0.
  if (Object.is(value, -0)) return format(pattern, value);
  let made = madeTexts.get(pattern);
  if (!made) {
    if (madeTexts.size >= CACHED_FORMATS) madeTexts.clear();
    madeTexts.set(pattern, (made = new Map()));
  }
  const known = made.get(value);
  if (known !== undefined) return known;
  const text = fixedText(pattern, value) ?? format(pattern, value);
  if (made.size < CACHED_PER_FORMAT) made.set(value, text);
  return text;
}

/**
 * The text Excel shows in a cell. A whole number is all its digits whatever the column width
 * (General would show 919876543210 as 9.19877E+11, which loses digits of a phone number);
 * a formatted number or date is shown through its format, so an amount keeps "503.25" and a
 * date "2026-12-02" when that is the format. Formulas show their last result.
 */
export function cellText(cell: WorkbookCell): string {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'object') return objectText(value as Record<string, unknown>, numFmt);
  return String(value);
}

function objectText(value: Record<string, unknown>, numFmt: string | undefined): string {
  if (Array.isArray(value['richText'])) {
    return (value['richText'] as Array<{ text?: unknown }>).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = value['result'];
    // A formula result of {error: '#N/A'} shows as its error text.
    return valueText(result, numFmt);
  }
  if (typeof value['error'] === 'string') return value['error'];
  if (typeof value['text'] === 'string') return value['text'];
  return '';
}

function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  const pattern = numFmt && numFmt.trim() !== '' ? numFmt : 'General';
  if (isGeneral(pattern)) return generalText(value);
  try {
    return formatted(pattern, value);
  } catch {
    // A format the formatter cannot read: the plain number is what the sheet holds.
    return generalText(value);
  }
}

function dateText(value: Date, numFmt: string | undefined): string {
  const serial = value.getTime() / DAY_MS + EPOCH_SERIAL;
  if (!numFmt || isGeneral(numFmt)) return value.toISOString().slice(0, 10);
  try {
    return formatted(numFmt, serial);
  } catch {
    return value.toISOString().slice(0, 10);
  }
}

function isGeneral(pattern: string): boolean {
  return pattern.toLowerCase() === 'general' || pattern === '@';
}

/** General, but a whole number keeps every digit: it is usually an identifier or a phone number. */
function generalText(value: number): string {
  if (Number.isInteger(value)) {
    return Math.abs(value) < 1e21 ? value.toFixed(0) : BigInt(value).toString();
  }
  return format('General', value);
}
