import { describeProblem } from '../../../shared/contacts/describe-reason';
import type { ContactListView, ContactRow } from '../../../shared/contacts/schemas';
import type { ContactsRepo } from '../../store/contacts-repo';
import { writeCsv, type CsvColumn, type CsvValue } from '../export/csv-writer';

export interface ProblemsCsvLayout {
  /** Header of the sheet's phone column, shown above the number as it was typed. */
  phoneHeader: string;
  /** Variable columns to repeat, each under its original header. */
  variables: ReadonlyArray<{ name: string; header: string }>;
  /** The list's country, named in reasons such as "not a valid phone number in IN". */
  country?: string;
  /** The sheet's delimiter and its headers, to say which column a number was read from. */
  delimiter?: string;
  headers?: readonly string[];
  /** Some numbers were read from another column than the phone column: a column says which. */
  showNumberColumn?: boolean;
}

const STATUS_WORDS = { valid: 'Valid', invalid: 'Invalid', duplicate: 'Duplicate' } as const;

/**
 * Writes every given row with its sheet row number and the reason in plain words, through the app's one CSV
 * writer: the number as typed kept as text, the sheet's amounts as numbers, the sheet's own headers and cells
 * neutralised. Resolves to the rows written.
 */
export function writeProblemsCsv(rows: Iterable<ContactRow>, layout: ProblemsCsvLayout, outPath: string): Promise<number> {
  const columns: CsvColumn[] = [
    { header: 'Row', kind: 'number' },
    { header: 'Status', kind: 'text' },
    { header: 'Problem', kind: 'text' },
    { header: layout.phoneHeader, kind: 'id' },
    { header: 'Number understood as', kind: 'id' },
    ...(layout.showNumberColumn ? [{ header: 'Number read from column', kind: 'text' } satisfies CsvColumn] : []),
    ...layout.variables.map((v): CsvColumn => ({ header: v.header, kind: 'auto' })),
  ];
  function* cells(): Generator<CsvValue[]> {
    for (const row of rows) {
      yield [
        row.rowNumber,
        STATUS_WORDS[row.status],
        describeProblem(row, layout.country, layout.delimiter) ?? '',
        row.raw,
        row.number ?? '',
        ...(layout.showNumberColumn ? [numberColumnOf(row, layout)] : []),
        ...layout.variables.map((v) => row.variables[v.name] ?? ''),
      ];
    }
  }
  return writeCsv(outPath, columns, cells());
}

function numberColumnOf(row: ContactRow, layout: ProblemsCsvLayout): string {
  if (typeof row.numberColumn !== 'number') return layout.phoneHeader;
  return layout.headers?.[row.numberColumn] ?? `Column ${row.numberColumn + 1}`;
}

/** Exports a saved list's problem rows with the list's own headers. */
export function exportListProblems(repo: ContactsRepo, list: ContactListView, outPath: string): Promise<number> {
  const layout: ProblemsCsvLayout = {
    phoneHeader: list.headers[list.phoneColumn] ?? 'Number',
    variables: list.variables.map((v) => ({ name: v.name, header: list.headers[v.column] ?? v.name })),
    country: list.country,
    delimiter: list.delimiter,
    headers: list.headers,
    showNumberColumn: (list.counts.fromOtherColumn ?? 0) > 0,
  };
  return writeProblemsCsv(repo.problems(list.id), layout, outPath);
}
