import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ContactsImporter } from '../src/main/services/contacts/contacts-importer';
import { openDatabase } from '../src/main/store/db';
import { writeSheet } from './sheet-generator';
import { readWorkbookOnly, writeWorkbookFromCsv } from './workbook-sheet';
import { defaultImportSettings } from '../src/shared/contacts/default-settings';

/**
 * `npm run bench:import`: the full import (read, detect, parse, normalise, check, save to
 * SQLite) against papaparse alone parsing the same file, on a 100,000-row and a
 * 1,000,000-row sheet; then the same 100,000 rows as an Excel workbook, imported end to end
 * against exceljs alone reading it (`"kind":"xlsx"`, the last line). Every measurement runs in a
 * fresh process, so each peak RSS is its own and neither side inherits the other's warmed-up code.
 */

interface Measured {
  ms: number;
  peakRssMb: number;
  warmUpMs?: number;
  rows?: number;
}

const SIZES = [
  { rows: 100_000, runs: 3 },
  { rows: 1_000_000, runs: 1 },
];
/** Rows of the sheet each side first handles, untimed, in its warm runs. */
const WARM_UP_ROWS = 20_000;

async function main(): Promise<void> {
  const [mode, file, dir, warmUp] = process.argv.slice(2);
  if (mode === '--parse-only' && file) {
    if (dir) await parseOnly(dir);
    return print(await parseOnly(file));
  }
  if (mode === '--import' && file && dir) return print(await fullImport(file, dir, warmUp));
  if (mode === '--read-workbook' && file) return print(await workbookReadOnly(file));

  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-'));
  try {
    const warmSheet = join(root, 'warm-up.csv');
    await writeSheet(warmSheet, { rows: WARM_UP_ROWS, seed: 99 });
    let last = '';
    // `-- --rows 100000` runs one size only, for a quick look.
    const only = process.argv.indexOf('--rows');
    const sizes = only >= 0 ? SIZES.filter((s) => s.rows === Number(process.argv[only + 1])) : SIZES;
    for (const size of sizes) {
      const file = join(root, `contacts-${size.rows}.csv`);
      const generated = performance.now();
      await writeSheet(file, { rows: size.rows });
      const mb = statSync(file).size / 1e6;
      console.log(`generated ${file}: ${size.rows} rows, ${mb.toFixed(1)} MB in ${Math.round(performance.now() - generated)} ms`);
      const parse: Measured[] = [];
      const full: Measured[] = [];
      const warmParse: Measured[] = [];
      const warmFull: Measured[] = [];
      for (let run = 0; run < size.runs; run++) {
        parse.push(child(['--parse-only', file]));
        full.push(importChild(root, file, null));
        warmParse.push(child(['--parse-only', file, warmSheet]));
        warmFull.push(importChild(root, file, warmSheet));
      }
      const ms = (list: Measured[]) => median(list.map((m) => m.ms));
      const line = {
        rows: full[0]?.rows ?? size.rows,
        import_ms: Math.round(ms(full)),
        parse_only_ms: Math.round(ms(parse)),
        ratio: Number((ms(full) / ms(parse)).toFixed(2)),
        peak_rss_mb: Math.round(Math.max(...full.map((m) => m.peakRssMb), ...warmFull.map((m) => m.peakRssMb))),
        warm_import_ms: Math.round(ms(warmFull)),
        warm_parse_only_ms: Math.round(ms(warmParse)),
        warm_ratio: Number((ms(warmFull) / ms(warmParse)).toFixed(2)),
      };
      const each = (list: Measured[]) => list.map((m) => Math.round(m.ms)).join('/');
      console.log(
        `${size.rows} rows (median of ${size.runs}), each in a fresh process: import ${each(full)} ms, parse only ${each(parse)} ms; ` +
          `after a ${WARM_UP_ROWS}-row warm-up on each side: import ${each(warmFull)} ms, parse only ${each(warmParse)} ms; ` +
          `parse-only peak RSS ${Math.round(Math.max(...parse.map((m) => m.peakRssMb)))} MB; ` +
          `worker start ${Math.round(median(full.map((m) => m.warmUpMs ?? 0)))} ms (before timing)`,
      );
      last = JSON.stringify(line);
      console.log(last);
    }
    if (only < 0 || Number(process.argv[only + 1]) === WORKBOOK.rows) await workbookCase(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const WORKBOOK = { rows: 100_000, runs: 3 };

/** The same rows as an .xlsx: the import (inspect, then read, check, save) against the library's read alone. */
async function workbookCase(root: string): Promise<void> {
  const csv = join(root, `contacts-${WORKBOOK.rows}.csv`);
  await writeSheet(csv, { rows: WORKBOOK.rows });
  const file = join(root, `contacts-${WORKBOOK.rows}.xlsx`);
  const generated = performance.now();
  await writeWorkbookFromCsv(csv, file);
  console.log(
    `generated ${file}: ${WORKBOOK.rows} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - generated)} ms`,
  );
  const library: Measured[] = [];
  const full: Measured[] = [];
  for (let run = 0; run < WORKBOOK.runs; run++) {
    library.push(child(['--read-workbook', file]));
    full.push(importChild(root, file, null));
  }
  const ms = (list: Measured[]) => median(list.map((m) => m.ms));
  const each = (list: Measured[]) => list.map((m) => Math.round(m.ms)).join('/');
  console.log(
    `${WORKBOOK.rows}-row workbook (median of ${WORKBOOK.runs}), each in a fresh process: import ${each(full)} ms, exceljs read only ${each(library)} ms; ` +
      `read-only peak RSS ${Math.round(Math.max(...library.map((m) => m.peakRssMb)))} MB`,
  );
  console.log(
    JSON.stringify({
      kind: 'xlsx',
      rows: full[0]?.rows ?? WORKBOOK.rows,
      import_ms: Math.round(ms(full)),
      library_ms: Math.round(ms(library)),
      ratio: Number((ms(full) / ms(library)).toFixed(2)),
      peak_rss_mb: Math.round(Math.max(...full.map((m) => m.peakRssMb))),
    }),
  );
}

async function workbookReadOnly(file: string): Promise<Measured> {
  const started = performance.now();
  const rows = await readWorkbookOnly(file);
  return { ms: performance.now() - started, peakRssMb: peakRssMb(), rows };
}

/** papaparse alone, streaming the file as the import does, with nothing done per row. */
async function parseOnly(file: string): Promise<Measured> {
  const started = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), {
      delimiter: ',',
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  return { ms: performance.now() - started, peakRssMb: peakRssMb(), rows: rows - 1 };
}

async function fullImport(file: string, dir: string, warmUpSheet: string | undefined): Promise<Measured> {
  const db = openDatabase(dir);
  const service = new ContactsImporter({ db });
  const warming = performance.now();
  await service.warmUp();
  const warmUpMs = performance.now() - warming;
  if (warmUpSheet) {
    await importOnce(service, warmUpSheet);
    // Leave no write-ahead log from the warm-up for the timed import to copy.
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const started = performance.now();
  const rows = await importOnce(service, file);
  const ms = performance.now() - started;
  await service.close();
  db.close();
  return { ms, warmUpMs, peakRssMb: peakRssMb(), rows };
}

/** The full import as the app runs it: inspect (detect), then read, check and save. */
async function importOnce(service: ContactsImporter, file: string): Promise<number> {
  const preview = await service.inspect(file);
  const result = await service.run(
    { ...defaultImportSettings(preview, { country: 'IN', listName: 'Benchmark' }), filePath: file },
    { accountId: null, signal: new AbortController().signal, onProgress: () => undefined },
  );
  return result.counts.rows;
}

function importChild(root: string, file: string, warmUpSheet: string | null): Measured {
  const db = mkdtempSync(join(root, 'db-'));
  try {
    return child(['--import', file, db, ...(warmUpSheet ? [warmUpSheet] : [])]);
  } finally {
    rmSync(db, { recursive: true, force: true });
  }
}

function child(args: string[]): Measured {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: 'utf8' });
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0) throw new Error(`Benchmark step ${args[0]} failed: ${run.stderr || run.stdout}`);
  return JSON.parse(lastLine) as Measured;
}

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function print(m: Measured): void {
  console.log(JSON.stringify(m));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
