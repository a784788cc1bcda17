import { describeReason } from '../../../shared/contacts/describe-reason';
import { createPhoneNormaliser } from '../../../shared/phone/normalise-phone';
import { formatCount } from '../../../shared/plural';

/** Exotel takes at most this many numbers in one campaign's `from`; more go as a list. */
export const MAX_TYPED_NUMBERS = 5000;
/** Invalid entries listed one by one; the rest are counted. */
const LISTED_INVALID = 200;

export interface TypedNumber {
  /** The line it was typed on, 1-based. */
  line: number;
  e164: string;
}

export interface TypedNumbers {
  /** Valid numbers, each once, in the order typed. */
  unique: TypedNumber[];
  /** Valid numbers as typed, repeats included (what is called when duplicates are allowed). */
  all: TypedNumber[];
  invalid: Array<{ line: number; text: string; reason: string }>;
  invalidCount: number;
  repeated: number;
}

/**
 * Numbers typed or pasted: one a line, or several on a line separated by commas or semicolons (a row
 * pasted from a sheet). Each is checked with the import's phone rules for the account's country, and a
 * refused one is named with its line and the import's reason words.
 */
export function readTypedNumbers(text: string, country: string): TypedNumbers {
  const normalise = createPhoneNormaliser(country);
  const out: TypedNumbers = { unique: [], all: [], invalid: [], invalidCount: 0, repeated: 0 };
  const seen = new Set<string>();
  let entries = 0;
  const refuse = (line: number, cell: string, reason: string) => {
    out.invalidCount++;
    if (out.invalid.length < LISTED_INVALID) out.invalid.push({ line, text: cell, reason });
  };
  text.split(/\r\n|\r|\n/).forEach((content, i) => {
    const line = i + 1;
    for (const piece of content.split(/[,;\t]/)) {
      const cell = piece.trim();
      if (cell === '') continue;
      entries++;
      if (entries > MAX_TYPED_NUMBERS) {
        refuse(
          line,
          cell,
          `Only ${formatCount(MAX_TYPED_NUMBERS)} numbers can be typed or pasted; import a sheet as a contact list for more.`,
        );
        continue;
      }
      const checked = normalise(cell);
      if (!checked.ok) {
        refuse(line, cell, describeReason(checked.reason, { raw: cell, country }));
        continue;
      }
      const number = { line, e164: checked.e164 };
      out.all.push(number);
      if (seen.has(checked.e164)) out.repeated++;
      else {
        seen.add(checked.e164);
        out.unique.push(number);
      }
    }
  });
  return out;
}
