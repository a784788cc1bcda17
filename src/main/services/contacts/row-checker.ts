import type { ImportCounts, InvalidReason } from '../../../shared/contacts/schemas';
import { createPhoneNormaliser, type PhoneNormaliser } from '../../../shared/phone/normalise-phone';
import { Stream } from '../../store/contact-blocks';

export interface RowShape {
  headerCount: number;
  phoneColumn: number;
}

export interface RowCheckerOptions extends RowShape {
  country: string;
}

/** The verdict on the last row checked; one object reused for every row of a sheet. */
export interface RowVerdict {
  /** Valid means a good number; whether it repeats an earlier row is the BlockPacker's call. */
  stream: typeof Stream.valid | typeof Stream.invalid;
  raw: string;
  number: string | null;
  reason: InvalidReason | null;
}

/**
 * Decides whether each data row's number is good or invalid (with the reason), and keeps the
 * counts. Every record passed in ends up counted exactly once: as a row, or as a skipped
 * blank line. Duplicates are found later, on the thread that stores the rows (BlockPacker),
 * so `counts.valid` here still includes them.
 */
export class RowChecker {
  readonly counts: ImportCounts = {
    rows: 0,
    valid: 0,
    invalid: 0,
    duplicate: 0,
    skippedEmpty: 0,
    ragged: 0,
    invalidReasons: {},
  };
  private readonly normalise: PhoneNormaliser;
  private readonly verdict: RowVerdict = { stream: Stream.valid, raw: '', number: null, reason: null };

  constructor(private readonly options: RowCheckerOptions) {
    this.normalise = createPhoneNormaliser(options.country);
  }

  get shape(): RowShape {
    return this.options;
  }

  /** Null for a blank line, which is counted and skipped. The verdict is valid until the next call. */
  check(record: readonly string[]): RowVerdict | null {
    if (isBlank(record, 0)) {
      this.counts.skippedEmpty++;
      return null;
    }
    this.counts.rows++;
    const { headerCount, phoneColumn } = this.options;
    const v = this.verdict;
    v.raw = record[phoneColumn] ?? '';
    v.number = null;
    v.reason = null;

    // Cells past the header are harmless when empty (a trailing delimiter); with text in them,
    // the row's columns have shifted and no cell in it can be trusted.
    const length = record.length;
    if (length !== headerCount && (length < headerCount || !isBlank(record, headerCount))) {
      this.counts.ragged++;
      if (length > headerCount || phoneColumn >= length) return this.refuse('ragged-row');
    }

    return this.checkNumber(v);
  }

  /**
   * As check, for a row already known to be neither blank nor ragged (read from its text, see
   * SheetSplitter): only its phone cell is needed.
   */
  checkCell(raw: string): RowVerdict {
    this.counts.rows++;
    const v = this.verdict;
    v.raw = raw;
    v.number = null;
    v.reason = null;
    return this.checkNumber(v);
  }

  private checkNumber(v: RowVerdict): RowVerdict {
    const checked = this.normalise(v.raw);
    if (!checked.ok) return this.refuse(checked.reason);
    v.number = checked.e164;
    v.stream = Stream.valid;
    this.counts.valid++;
    return v;
  }

  /** Counts a row refused before its number is read (a cell too long to be contact data). */
  refuseRow(record: readonly string[], reason: InvalidReason): RowVerdict {
    this.counts.rows++;
    const v = this.verdict;
    v.raw = record[this.options.phoneColumn] ?? '';
    v.number = null;
    return this.refuse(reason);
  }

  private refuse(reason: InvalidReason): RowVerdict {
    const v = this.verdict;
    v.stream = Stream.invalid;
    v.reason = reason;
    this.counts.invalid++;
    this.counts.invalidReasons[reason] = (this.counts.invalidReasons[reason] ?? 0) + 1;
    return v;
  }
}

function isBlank(record: readonly string[], from: number): boolean {
  for (let i = from; i < record.length; i++) {
    const cell = record[i] ?? '';
    if (cell.length === 0) continue;
    // A visible first character settles it without trimming the cell.
    if (cell.charCodeAt(0) > 32 || cell.trim() !== '') return false;
  }
  return true;
}
