import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A number as Exotel would dial it (E.164), or null when it is not a valid number. Local numbers are read as Indian. */
export function dialable(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (!text || /[a-z]/i.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, 'IN');
  return parsed?.isValid() ? parsed.number : null;
}
