import { basename } from 'node:path';
import { ContactsImporter } from '../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../src/main/store/db';
import { defaultImportSettings } from '../src/shared/contacts/default-settings';
import type { ContactRow } from '../src/shared/contacts/schemas';
import { AppError } from '../src/shared/ipc/result';
import { findReferences, renderTemplate } from '../src/shared/template';
import { parsePlanArgs, planLine } from './plan-check';

/**
 * `npm run campaign:check -- SHEET --text "MESSAGE" [--country IN] [--row N] [--sheet NAME]`: reads the sheet (for an
 * Excel workbook, the sheet named, else the first with a phone column) as an import
 * would (into memory, nothing saved), then reads the message against its columns, and prints one JSON object
 * as its last line. A file that is not a sheet prints {"error","message"} and exits with status 2.
 * With `--numbers` it prints the plan of daily runs instead (see plan-check.ts).
 */

const USAGE = 'npm run campaign:check -- SHEET --text "MESSAGE" [--country IN] [--row N] [--sheet NAME]';

interface Args {
  file: string;
  text: string;
  country: string;
  row: number | null;
  sheet: string | null;
}

function usage(message: string): AppError {
  return new AppError('validation', `${message} Use: ${USAGE}`, { kind: 'usage' });
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let text: string | null = null;
  let country = 'IN';
  let row: number | null = null;
  let sheet: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--text') text = argv[++i] ?? null;
    else if (arg === '--country') country = (argv[++i] ?? '').toUpperCase();
    else if (arg === '--sheet') sheet = argv[++i] ?? '';
    else if (arg === '--row') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 2) throw usage('--row takes a sheet row number, 2 or more (row 1 is the header).');
      row = value;
    } else if (arg.startsWith('--')) throw usage(`Unknown option ${arg}.`);
    else if (file === null) file = arg;
    else throw usage(`Give one sheet; “${arg}” is a second one.`);
  }
  if (!file) throw usage('Name the sheet to check.');
  if (text === null) throw usage('Give the message with --text.');
  if (!/^[A-Z]{2}$/.test(country)) throw usage(`--country takes a two-letter code such as IN, not “${country}”.`);
  if (sheet === '') throw usage('--sheet needs the name of a sheet of the workbook, as on its tab.');
  return { file, text, country, row, sheet };
}

function findRow(repo: ContactsRepo, listId: string, rowNumber: number): ContactRow | null {
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const { rows, total } = repo.rows({ listId, offset, limit: page });
    const found = rows.find((r) => r.rowNumber === rowNumber);
    if (found) return found;
    if (offset + page >= total) return null;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--numbers')) {
    console.log(JSON.stringify(planLine(parsePlanArgs(argv))));
    return;
  }
  const args = parseArgs(argv);
  const db = openMemoryDatabase();
  const service = new ContactsImporter({ db, workers: 0 });
  try {
    const preview = await service.inspect(args.file, { country: args.country, ...(args.sheet === null ? {} : { sheet: args.sheet }) });
    if (preview.guessedPhoneColumn === null) {
      const where = preview.workbook ? ` (sheet “${preview.workbook.sheet}”)` : '';
      throw new AppError('validation', `No column of “${preview.fileName}”${where} looks like phone numbers: name it Phone or Mobile.`, {
        kind: 'no-phone-column',
      });
    }
    const settings = { ...defaultImportSettings(preview, { country: args.country, listName: basename(args.file) }), filePath: args.file };
    const { listId, counts } = await service.run(settings, {
      accountId: null,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    const repo = new ContactsRepo(db);
    const names = settings.variables.map((v) => v.name);
    const refs = findReferences(args.text, names);

    const emptyValueRows: Record<string, number> = Object.fromEntries(refs.used.map((name) => [name, 0]));
    const firstValid: ContactRow[] = [];
    for (const row of repo.validRows(listId)) {
      if (firstValid.length < 3) firstValid.push(row);
      for (const name of refs.used) if ((row.variables[name] ?? '').trim() === '') emptyValueRows[name] = (emptyValueRows[name] ?? 0) + 1;
    }
    let picked = firstValid;
    if (args.row !== null) {
      const row = findRow(repo, listId, args.row);
      if (!row) throw new AppError('validation', `The sheet has no row ${args.row} with data.`, { kind: 'no-such-row' });
      picked = [row];
    }
    console.log(
      JSON.stringify({
        ...(preview.workbook ? { sheet: preview.workbook.sheet } : {}),
        rows: counts.rows,
        valid: counts.valid,
        variables: names,
        references: refs.used,
        unknown: refs.unknown,
        emptyValueRows,
        samples: picked.map((r) => ({ row: r.rowNumber, number: r.number, text: renderTemplate(args.text, names, r.variables).text })),
      }),
    );
  } finally {
    await service.close();
  }
}

function errorCode(error: AppError): string {
  const details = error.details as { kind?: unknown } | undefined;
  return typeof details?.kind === 'string' ? details.kind : error.code;
}

main().catch((error: unknown) => {
  const shaped =
    error instanceof AppError
      ? { error: errorCode(error), message: error.message }
      : {
          error: 'internal',
          message: `The check stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`,
        };
  console.log(JSON.stringify(shaped));
  process.exitCode = 2;
});
