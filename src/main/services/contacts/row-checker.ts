import { isTotalsRow } from '../../../shared/contacts/header-row';
import { isMobileType } from '../../../shared/contacts/phone-columns';
import type { ImportCounts, InvalidReason, RowNote } from '../../../shared/contacts/schemas';
import { createPhoneNormaliser, type PhoneNormaliser } from '../../../shared/phone/normalise-phone';
import { createRefusedCellReader, type CellReading, type RefusedCellReader } from '../../../shared/phone/read-cell';
import { Stream } from '../../store/contact-blocks';

// Read once: loaded module by module (as the benchmark runs it), each use of an imported binding calls a getter.
const VALID = Stream.valid;
const INVALID = Stream.invalid;

export interface RowShape {
  headerCount: number;
  phoneColumn: number;
  /** Rows must be read cell by cell: the number may come from another column than the phone column. */
  cellsOnly: boolean;
}

export interface RowCheckerOptions {
  headerCount: number;
  phoneColumn: number;
  country: string;
  delimiter: string;
  /** Tried in order when the phone cell is empty. */
  fallbackColumns?: readonly number[];
  /**
   * Per column of [phoneColumn, ...fallbackColumns], the column naming its kind of number (-1:
   * none). Given, the sheet is a contacts export: see pickSource.
   */
  typeColumns?: readonly number[];
}

/** The verdict on the last row checked; one object reused for every row of a sheet. */
export interface RowVerdict {
  /** Valid means a good number; whether it repeats an earlier row is the BlockPacker's call. */
  stream: typeof Stream.valid | typeof Stream.invalid;
  raw: string;
  number: string | null;
  reason: InvalidReason | null;
  note: RowNote | null;
  /** The column the number was read from when it is not the phone column, else -1. */
  column: number;
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
  readonly shape: RowShape;
  private readonly normalise: PhoneNormaliser;
  private readonly readAgain: RefusedCellReader;
  private readonly verdict: RowVerdict = { stream: Stream.valid, raw: '', number: null, reason: null, note: null, column: -1 };
  /** [phoneColumn, ...fallbackColumns], and their type columns, when there is more than the phone column. */
  private readonly sources: readonly number[] | null;
  private readonly types: readonly number[] | null;

  constructor(private readonly options: RowCheckerOptions) {
    this.normalise = createPhoneNormaliser(options.country);
    this.readAgain = createRefusedCellReader(this.normalise, options.delimiter);
    const fallbacks = options.fallbackColumns ?? [];
    this.sources = fallbacks.length > 0 ? [options.phoneColumn, ...fallbacks] : null;
    this.types = this.sources && options.typeColumns ? options.typeColumns : null;
    this.shape = { headerCount: options.headerCount, phoneColumn: options.phoneColumn, cellsOnly: this.types !== null };
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
    v.note = null;
    v.column = -1;

    // Cells past the header are harmless when empty (a trailing delimiter); with text in them,
    // the row's columns have shifted and no cell in it can be trusted.
    const length = record.length;
    if (length !== headerCount && (length < headerCount || !isBlank(record, headerCount))) {
      this.counts.ragged++;
      if (length > headerCount || phoneColumn >= length) return this.refuse('ragged-row');
    }

    if (this.sources) this.pickSource(record, v);
    this.checkNumber(v);
    if (v.reason !== null && isTotalsRow(record)) this.relabel('totals-row');
    return v;
  }

  /**
   * A contacts export (with type columns): the first number typed Mobile that can be called,
   * else the first that can be called, else the first with anything in it (for its reason).
   * Otherwise the phone cell, or when it is empty the first fallback with anything in it.
   */
  private pickSource(record: readonly string[], v: RowVerdict): void {
    const sources = this.sources as readonly number[];
    const types = this.types;
    if (types) {
      for (let i = 0; i < sources.length; i++) {
        const type = types[i] ?? -1;
        const cell = record[sources[i] ?? -1] ?? '';
        if (type >= 0 && cell.trim() !== '' && isMobileType(record[type] ?? '') && this.read(cell).ok)
          return this.use(v, sources[i] ?? -1, cell);
      }
      for (const source of sources) {
        const cell = record[source] ?? '';
        if (cell.trim() !== '' && this.read(cell).ok) return this.use(v, source, cell);
      }
    }
    if (v.raw.trim() !== '') return;
    for (let i = 1; i < sources.length; i++) {
      const cell = record[sources[i] ?? -1] ?? '';
      if (cell.trim() !== '') return this.use(v, sources[i] ?? -1, cell);
    }
  }

  private use(v: RowVerdict, column: number, cell: string): void {
    v.raw = cell;
    v.column = column === this.options.phoneColumn ? -1 : column;
  }

  /** The last row's reason, replaced: a row of totals is refused as that, whatever its number cell holds. */
  relabel(reason: InvalidReason): void {
    const v = this.verdict;
    const before = v.reason;
    if (before === null || before === reason) return;
    const reasons = this.counts.invalidReasons;
    reasons[before] = (reasons[before] ?? 1) - 1;
    if (reasons[before] === 0) delete reasons[before];
    reasons[reason] = (reasons[reason] ?? 0) + 1;
    v.reason = reason;
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
    v.note = null;
    v.column = -1;
    return this.checkNumber(v);
  }

  private read(cell: string): CellReading {
    const checked = this.normalise(cell);
    return checked.ok ? checked : this.readAgain(cell, checked);
  }

  private checkNumber(v: RowVerdict): RowVerdict {
    const counts = this.counts;
    if (v.column >= 0) counts.fromOtherColumn = (counts.fromOtherColumn ?? 0) + 1;
    const plain = this.normalise(v.raw);
    // The common cell: one number, nothing more to say about it.
    if (plain.ok) {
      v.number = plain.e164;
      v.stream = VALID;
      counts.valid++;
      return v;
    }
    const checked = this.readAgain(v.raw, plain);
    if (!checked.ok) return this.refuse(checked.reason);
    v.number = checked.e164;
    v.stream = VALID;
    counts.valid++;
    if ('note' in checked) {
      v.note = checked.note;
      const notes = (counts.notes ??= {});
      notes[checked.note] = (notes[checked.note] ?? 0) + 1;
    }
    return v;
  }

  /** Counts a row refused before its number is read (a cell too long to be contact data). */
  refuseRow(record: readonly string[], reason: InvalidReason): RowVerdict {
    this.counts.rows++;
    const v = this.verdict;
    v.raw = record[this.options.phoneColumn] ?? '';
    v.number = null;
    v.note = null;
    v.column = -1;
    return this.refuse(reason);
  }

  private refuse(reason: InvalidReason): RowVerdict {
    const v = this.verdict;
    v.stream = INVALID;
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
