import type { ImportCounts, InvalidReason } from '../../../shared/imports/schemas';
import { createPhoneNormaliser, type PhoneNormaliser } from '../../../shared/phone/normalise-phone';
import { Stream, type RowStream, type StoredRow } from '../../store/contact-blocks';
import { NumberIndex } from './number-index';

export interface RowCheckerOptions {
  headerCount: number;
  phoneColumn: number;
  variableColumns: readonly number[];
  country: string;
}

export interface CheckedRow {
  stream: RowStream;
  row: StoredRow;
}

/**
 * Decides each data row's fate: valid, invalid (with the reason) or duplicate (naming the row
 * it repeats), and keeps the counts. Every record passed in ends up counted exactly once:
 * as a row, or as a skipped blank line.
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
  private readonly seen = new NumberIndex();

  constructor(private readonly options: RowCheckerOptions) {
    this.normalise = createPhoneNormaliser(options.country);
  }

  /** Null for a blank line, which is counted and skipped. */
  check(record: readonly string[], rowNumber: number): CheckedRow | null {
    if (isBlank(record, 0)) {
      this.counts.skippedEmpty++;
      return null;
    }
    this.counts.rows++;
    const { headerCount, phoneColumn, variableColumns } = this.options;
    const raw = record[phoneColumn] ?? '';
    const row: StoredRow = [rowNumber, raw, null, null, null];
    for (const column of variableColumns) row.push(record[column] ?? '');

    // Cells past the header are harmless when empty (a trailing delimiter); with text in them,
    // the row's columns have shifted and no cell in it can be trusted.
    const ragged = record.length < headerCount || (record.length > headerCount && !isBlank(record, headerCount));
    if (ragged) {
      this.counts.ragged++;
      if (record.length > headerCount || phoneColumn >= record.length) return this.refuse(row, 'ragged-row');
    }

    const checked = this.normalise(raw);
    if (!checked.ok) return this.refuse(row, checked.reason);
    row[2] = checked.e164;
    const first = this.seen.firstRowOrAdd(checked.e164, rowNumber);
    if (first !== 0) {
      row[4] = first;
      this.counts.duplicate++;
      return { stream: Stream.duplicate, row };
    }
    this.counts.valid++;
    return { stream: Stream.valid, row };
  }

  private refuse(row: StoredRow, reason: InvalidReason): CheckedRow {
    row[3] = reason;
    this.counts.invalid++;
    this.counts.invalidReasons[reason] = (this.counts.invalidReasons[reason] ?? 0) + 1;
    return { stream: Stream.invalid, row };
  }
}

function isBlank(record: readonly string[], from: number): boolean {
  for (let i = from; i < record.length; i++) {
    const cell = record[i] ?? '';
    if (cell.length > 0 && cell.trim() !== '') return false;
  }
  return true;
}
