import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { describeProblem } from '../../../shared/imports/describe-reason';
import type { ContactListView, ContactRow } from '../../../shared/imports/schemas';
import type { ContactListsRepo } from '../../store/contact-lists-repo';

export interface ProblemsCsvLayout {
  /** Header of the sheet's phone column, shown above the number as it was typed. */
  phoneHeader: string;
  /** Variable columns to repeat, each under its original header. */
  variables: ReadonlyArray<{ name: string; header: string }>;
  /** The list's country, named in reasons such as "not a valid phone number in IN". */
  country?: string;
}

const STATUS_WORDS = { valid: 'Valid', invalid: 'Invalid', duplicate: 'Duplicate' } as const;

/**
 * Writes every given row with its sheet row number and the reason in plain words, as a CSV
 * that opens cleanly in Excel: UTF-8 with a byte-order mark (or Excel guesses the wrong
 * encoding), CRLF line ends, numbers kept as typed (no 9.19876E+11, no lost leading zero),
 * and cells that Excel would run as formulas neutralised. Resolves to the rows written.
 */
export async function writeProblemsCsv(rows: Iterable<ContactRow>, layout: ProblemsCsvLayout, outPath: string): Promise<number> {
  const out = createWriteStream(outPath, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const write = async (cells: readonly string[]): Promise<void> => {
    if (!out.write(`${cells.map(csvCell).join(',')}\r\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  let count = 0;
  try {
    await write(['\uFEFFRow', 'Status', 'Problem', layout.phoneHeader, 'Number understood as', ...layout.variables.map((v) => v.header)]);
    for (const row of rows) {
      await write([
        String(row.rowNumber),
        STATUS_WORDS[row.status],
        describeProblem(row, layout.country) ?? '',
        asText(row.raw),
        asText(row.number ?? ''),
        ...layout.variables.map((v) => asText(row.variables[v.name] ?? '')),
      ]);
      count++;
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
  return count;
}

/** Exports a saved list's problem rows with the list's own headers. */
export function exportListProblems(repo: ContactListsRepo, list: ContactListView, outPath: string): Promise<number> {
  const layout: ProblemsCsvLayout = {
    phoneHeader: list.headers[list.phoneColumn] ?? 'Number',
    variables: list.variables.map((v) => ({ name: v.name, header: list.headers[v.column] ?? v.name })),
    country: list.country,
  };
  return writeProblemsCsv(repo.problems(list.id), layout, outPath);
}

// Digits with phone punctuation: Excel would turn these into numbers and change them.
const NUMBER_LIKE = /^[+\d][\d\s().\-/]*$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Keeps a cell exactly as typed when Excel opens the file. Number-like text becomes a text
 * formula, ="0987...", the usual way to stop Excel from dropping a leading zero or writing
 * 9.19876E+11; anything else that starts like a formula gets a leading apostrophe so it is
 * shown, never run.
 */
export function asText(value: string): string {
  if (value === '') return value;
  if (NUMBER_LIKE.test(value) && /\d/.test(value)) return `="${value}"`;
  if (FORMULA_START.test(value)) return `'${value}`;
  return value;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
