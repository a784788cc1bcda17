import type { ContactRow, ImportCounts, InvalidReason, RowsPage, RowStatus } from '../../../src/shared/contacts/schemas';

export interface RowSource {
  count: number;
  rowAt(index: number): ContactRow;
}

const FIRST = [
  'Aarav',
  'Priya',
  'Rohan',
  'Ananya',
  'Vikram',
  'Sneha',
  'Arjun',
  'Kavya',
  'Rahul',
  'Meera',
  'Imran',
  'Lakshmi',
  'Deepak',
  'Fatima',
  'Suresh',
];
const LAST = ['Sharma', 'Iyer', 'Reddy', 'Patel', 'Nair', 'Khan', 'Gupta', 'Menon', 'Das', 'Singh', 'Rao', 'Joshi'];
const CITY = ['Mumbai', 'Bengaluru', 'Chennai', 'Pune', 'Hyderabad', 'Kolkata', 'Delhi', 'Kochi', 'Jaipur'];
const BAD: { reason: InvalidReason; raw: (i: number) => string }[] = [
  { reason: 'scientific-notation', raw: (i) => `9.19876E+11`.replace('876', String(800 + (i % 99))) },
  { reason: 'empty-number', raw: () => '' },
  { reason: 'too-short', raw: (i) => `98${i % 1000}` },
  { reason: 'letters', raw: (i) => `98765 4${i % 10}ABC` },
  { reason: 'invalid-number', raw: (i) => `12345 ${String(i % 100000).padStart(5, '0')}` },
  { reason: 'not-a-number', raw: () => 'call after 6pm' },
];

function mobile(i: number): string {
  return String(9000000000 + ((i * 7919) % 999999999)).slice(0, 10);
}

function rawForm(digits: string, i: number): string {
  switch (i % 4) {
    case 0:
      return `${digits.slice(0, 5)} ${digits.slice(5)}`;
    case 1:
      return `+91 ${digits.slice(0, 5)}-${digits.slice(5)}`;
    case 2:
      return `0${digits}`;
    default:
      return digits;
  }
}

/** A large list made up on the fly from each row's index: nothing is held, like the real store. */
export function generatedRows(
  count: number,
  withVariables = true,
): RowSource & { statusOf: (i: number) => RowStatus; counts: () => ImportCounts } {
  const statusOf = (i: number): RowStatus => (i % 97 === 13 ? 'invalid' : i > 40 && i % 53 === 7 ? 'duplicate' : 'valid');
  const rowAt = (i: number): ContactRow => {
    const status = statusOf(i);
    const rowNumber = i + 2;
    const variables: Record<string, string> = withVariables
      ? {
          name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
          city: CITY[(i * 3) % CITY.length] ?? '',
          amount: String(500 + ((i * 37) % 9500)),
        }
      : {};
    if (status === 'invalid') {
      const bad = BAD[Math.floor(i / 97) % BAD.length] ?? BAD[0]!;
      return { rowNumber, raw: bad.raw(i), number: null, status, reason: bad.reason, duplicateOf: null, variables };
    }
    const source = status === 'duplicate' ? i - 40 : i;
    const digits = mobile(source);
    return {
      rowNumber,
      raw: rawForm(digits, i),
      number: `+91${digits}`,
      status,
      reason: null,
      duplicateOf: status === 'duplicate' ? source + 2 : null,
      variables,
    };
  };
  const counts = (): ImportCounts => {
    const c: ImportCounts = { rows: count, valid: 0, invalid: 0, duplicate: 0, skippedEmpty: 12, ragged: 0, invalidReasons: {} };
    for (let i = 0; i < count; i++) {
      const s = statusOf(i);
      c[s]++;
      if (s === 'invalid') {
        const reason = (BAD[Math.floor(i / 97) % BAD.length] ?? BAD[0]!).reason;
        c.invalidReasons[reason] = (c.invalidReasons[reason] ?? 0) + 1;
      }
    }
    return c;
  };
  return { count, rowAt, statusOf, counts };
}

/** Pages of a source, optionally filtered by status, with the filtered indexes built once. */
export class RowPages {
  private byStatus = new Map<RowStatus, Int32Array>();
  /** Every page asked for, so tests can check the table never asks for everything. */
  readonly requests: { status: RowStatus | undefined; offset: number; limit: number }[] = [];

  constructor(
    private readonly source: RowSource,
    private readonly statusOf: (i: number) => RowStatus,
  ) {}

  page(status: RowStatus | undefined, offset: number, limit: number): RowsPage {
    this.requests.push({ status, offset, limit });
    if (!status) {
      const rows: ContactRow[] = [];
      for (let i = offset; i < Math.min(this.source.count, offset + limit); i++) rows.push(this.source.rowAt(i));
      return { total: this.source.count, offset, rows };
    }
    const index = this.index(status);
    const rows: ContactRow[] = [];
    for (let k = offset; k < Math.min(index.length, offset + limit); k++) rows.push(this.source.rowAt(index[k] as number));
    return { total: index.length, offset, rows };
  }

  private index(status: RowStatus): Int32Array {
    let found = this.byStatus.get(status);
    if (!found) {
      const picked: number[] = [];
      for (let i = 0; i < this.source.count; i++) if (this.statusOf(i) === status) picked.push(i);
      found = Int32Array.from(picked);
      this.byStatus.set(status, found);
    }
    return found;
  }
}
