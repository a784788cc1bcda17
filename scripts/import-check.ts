import { openMemoryDatabase } from '../src/main/store/db';
import { ContactsImporter } from '../src/main/services/contacts/contacts-importer';
import { writeProblemsCsv } from '../src/main/services/contacts/problems-csv';
import { AppError } from '../src/shared/ipc/result';

/**
 * `npm run import:check -- FILE [--country IN] [--report OUT.csv] [--sheet NAME]`: runs the import pipeline
 * on a sheet (for an Excel workbook, the sheet named, else the first with a phone column) without saving a
 * list and prints one JSON object as its last line; for a workbook it also names the sheet read and lists its sheets. A file that
 * cannot be read as a sheet prints {"error","message"} and exits with status 2.
 */

interface Args {
  file: string;
  country: string;
  report: string | null;
  sheet: string | null;
}

const USAGE = 'FILE [--country IN] [--report OUT.csv] [--sheet NAME]';

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let country = 'IN';
  let report: string | null = null;
  let sheet: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--country') country = (argv[++i] ?? '').toUpperCase();
    else if (arg === '--report') report = argv[++i] ?? null;
    else if (arg === '--sheet') sheet = argv[++i] ?? '';
    else if (arg.startsWith('--')) throw new AppError('validation', `Unknown option ${arg}. Use: ${USAGE}`, { kind: 'usage' });
    else if (file === null) file = arg;
    else throw new AppError('validation', `Give one file; “${arg}” is a second one.`, { kind: 'usage' });
  }
  if (!file) throw new AppError('validation', `Name the sheet to check: npm run import:check -- ${USAGE}`, { kind: 'usage' });
  if (sheet === '')
    throw new AppError('validation', '--sheet needs the name of a sheet of the workbook, as on its tab.', { kind: 'usage' });
  if (!/^[A-Z]{2}$/.test(country))
    throw new AppError('validation', `--country takes a two-letter code such as IN, not “${country}”.`, { kind: 'usage' });
  if (report === null && argv.includes('--report'))
    throw new AppError('validation', '--report needs a file name to write to.', { kind: 'usage' });
  return { file, country, report, sheet };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // One sheet, nothing stored: a worker thread would only add its start-up time.
  const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
  try {
    const report = await service.check(args.file, {
      country: args.country,
      collectProblems: args.report !== null,
      ...(args.sheet === null ? {} : { sheet: args.sheet }),
    });
    if (args.report !== null && report.problems) {
      const written = await writeProblemsCsv(
        report.problems,
        {
          phoneHeader: report.phoneColumn,
          variables: report.variables.map((v) => ({ name: v.name, header: report.headers[v.column] ?? v.name })),
          country: args.country,
          delimiter: report.delimiter,
          headers: report.headers,
          showNumberColumn: report.fromOtherColumn > 0,
        },
        args.report,
      );
      console.log(`Wrote ${written} rows that need attention to ${args.report}`);
    }
    console.log(
      JSON.stringify({
        encoding: report.encoding,
        delimiter: report.delimiter,
        ...(report.workbook ? { sheet: report.workbook.sheet, sheets: report.workbook.sheets } : {}),
        headers: report.headers,
        phoneColumn: report.phoneColumn,
        phoneReason: report.phoneReason,
        fallbackColumns: report.fallbackColumns,
        contactsExport: report.contactsExport,
        hasHeader: report.hasHeader,
        titleRows: report.titleRows,
        rows: report.rows,
        valid: report.valid,
        invalid: report.invalid,
        duplicate: report.duplicate,
        skippedEmpty: report.skippedEmpty,
        invalidReasons: report.invalidReasons,
        notes: report.notes,
        fromOtherColumn: report.fromOtherColumn,
        ms: report.ms,
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
