import type { RowNote } from '../contacts/schemas';
import { cutExtension, SEPARATORS, SEPARATORS_WITH_COMMA, splitNumbers } from './cell-pieces';
import { createPhoneNormaliser, type PhoneNormaliser } from './normalise-phone';
import type { PhoneCheck } from './phone-check';

/** A phone cell read: the number to call and, when the cell held more than that number, a note saying so. */
export type CellReading = PhoneCheck | { ok: true; e164: string; note: RowNote };

export type CellReader = (raw: string) => CellReading;
/** The second look at a cell the normaliser refused (`refused` is that refusal): several numbers, an extension. */
export type RefusedCellReader = (raw: string, refused: PhoneCheck & { ok: false }) => CellReading;

const LONGEST_WITH_EXTENSION = 64;

/**
 * Builds the reader for one sheet. A cell that is one number goes straight to the normaliser,
 * so the common cell costs no more than before; only a cell the normaliser refuses is looked at
 * for several numbers or an extension. A comma splits numbers only when the sheet's delimiter is
 * not a comma: in a comma sheet, a comma inside a cell is more often part of one number's formatting.
 */
export function createCellReader(country: string, delimiter: string): CellReader {
  const normalise = createPhoneNormaliser(country);
  const again = createRefusedCellReader(normalise, delimiter);
  return (raw) => {
    // A number alone in its cell is the normaliser's answer as it is: no new object for the common cell.
    const checked = normalise(raw);
    return checked.ok ? checked : again(raw, checked);
  };
}

/** As createCellReader, for a caller that runs the normaliser itself first (the import's per-row path). */
export function createRefusedCellReader(normalise: PhoneNormaliser, delimiter: string): RefusedCellReader {
  const separators = delimiter === ',' ? SEPARATORS : SEPARATORS_WITH_COMMA;
  const one = (cell: string): CellReading => {
    const checked = normalise(cell);
    if (checked.ok) return checked;
    // No phone number with its extension is this long; a longer cell is not worth the search.
    const ext = cell.length <= LONGEST_WITH_EXTENSION ? cutExtension(cell) : null;
    if (!ext) return checked;
    const head = normalise(ext.number);
    return head.ok ? { ok: true, e164: head.e164, note: 'extension-dropped' } : checked;
  };
  return (raw, checked) => {
    if (checked.reason === 'empty-number' || checked.reason === 'scientific-notation') return checked;
    const pieces = splitNumbers(raw, separators);
    if (pieces.length < 2) return one(raw);
    for (const piece of pieces) {
      const read = one(piece);
      if (read.ok) return { ok: true, e164: read.e164, note: 'several-numbers' as const };
    }
    return checked;
  };
}
