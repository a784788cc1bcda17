import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueuedDialogs } from '../src/main/platform/test-ports';
import { ExportService } from '../src/main/services/export/export-service';
import { AccountsRepo } from '../src/main/store/accounts-repo';
import { CallDetailsRepo } from '../src/main/store/call-details-repo';
import { CampaignsRepo } from '../src/main/store/campaigns-repo';
import { ContactsRepo } from '../src/main/store/contacts-repo';
import { CampaignContacts } from '../src/main/services/campaigns/campaign-contacts';
import { DB_FILE_NAME, openDatabase } from '../src/main/store/db';
import { BENCH_ACCOUNT, BENCH_CAMPAIGN, fillCalls } from './calls-store';

/**
 * `npm run bench:export`: the per-number and every-call exports of 100,000 stored calls through the app's
 * export (the same code as the Export buttons), against Debian's `sqlite3 -csv` writing the same rows and
 * columns from the same database file in the same run. Each export runs in its own process, so its peak RSS
 * is its own. Where sqlite3 is missing the bench says so and gives no ratio.
 * Last line, for the per-number export: {"rows","export_ms","sqlite3_ms","ratio","peak_rss_mb"}.
 */
const ROWS = 100_000;
const RUNS = 3;
type Mode = 'numbers' | 'calls';

const COLUMNS =
  'number, name, status, duration, attempt, coalesce(start_time, date_created), end_time, caller_id, digit, recording_url, call_sid';
const SQLITE_QUERY: Record<Mode, string> = {
  calls: `SELECT ${COLUMNS} FROM call_details ORDER BY created_ms, rowid`,
  numbers: `SELECT ${COLUMNS} FROM (SELECT *, rowid AS rid, ROW_NUMBER() OVER (PARTITION BY number ORDER BY attempt DESC) AS latest FROM call_details) WHERE latest = 1 ORDER BY created_ms, rid`,
};

/** sqlite3 -csv of the same rows and columns into a file; null when sqlite3 is not installed. */
function sqliteOnce(dir: string, mode: Mode): { ms: number; rows: number } | null {
  const out = join(dir, `sqlite3-${mode}.csv`);
  const began = performance.now();
  const run = spawnSync('sh', ['-c', 'sqlite3 -csv -header "$1" "$2" > "$3"', 'sh', join(dir, DB_FILE_NAME), SQLITE_QUERY[mode], out], {
    encoding: 'utf8',
  });
  const ms = performance.now() - began;
  if (run.error || run.status !== 0) return null;
  return { ms, rows: readFileSync(out, 'utf8').split('\n').length - 2 };
}

async function exportOnce(dir: string, mode: Mode): Promise<{ rows: number; exportMs: number; peakRssMb: number }> {
  const db = openDatabase(dir);
  const accounts = new AccountsRepo(db);
  const campaigns = new CampaignsRepo(db);
  const exports = new ExportService({
    campaigns,
    calls: new CallDetailsRepo(db),
    contacts: new CampaignContacts(new ContactsRepo(db)),
    dialogs: new QueuedDialogs(),
    jobs: { start: () => ({ jobId: 'bench' }) },
    accounts: { activeAccount: () => accounts.get(BENCH_ACCOUNT) },
    fetchFor: () => fetch,
    timeZone: () => 'Asia/Kolkata',
  });
  const account = accounts.get(BENCH_ACCOUNT);
  const cached = campaigns.get(BENCH_ACCOUNT, BENCH_CAMPAIGN);
  if (!account || !cached) throw new Error('the bench store is empty');
  const ctx = { signal: new AbortController().signal, progress: () => undefined };
  const out = join(dir, `export-${mode}.csv`);
  const began = performance.now();
  const result = await exports.writeCalls(account, cached, mode, out, ctx);
  const exportMs = performance.now() - began;
  db.close();
  return { rows: result.rows, exportMs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(args: string[]): string {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench step ${args[0]} failed: ${run.stderr || run.stdout}`);
  return run.stdout.trim().split('\n').pop() ?? '';
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if (mode === '--fill' && dir) {
    const db = openDatabase(dir);
    fillCalls(db, ROWS);
    db.close();
    return;
  }
  if (mode === '--export' && dir) {
    console.log(JSON.stringify(await exportOnce(dir, process.argv[4] === 'numbers' ? 'numbers' : 'calls')));
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-export-'));
  try {
    const filled = performance.now();
    child(['--fill', root]);
    console.log(`stored ${ROWS} calls in ${Math.round(performance.now() - filled)} ms`);
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    let last: Record<string, number | null> = {};
    for (const m of ['calls', 'numbers'] as const) {
      // Turn about, so both see the same state of the machine and of the file cache.
      const runs: Array<{ exportMs: number; sqliteMs: number | null; rows: number; peakRssMb: number }> = [];
      for (let i = 0; i < RUNS; i++) {
        const r = JSON.parse(child(['--export', root, m])) as Awaited<ReturnType<typeof exportOnce>>;
        const q = sqliteOnce(root, m);
        if (q && q.rows !== r.rows) throw new Error(`sqlite3 wrote ${q.rows} rows, the export ${r.rows}: not the same rows`);
        runs.push({ ...r, sqliteMs: q?.ms ?? null });
        console.log(
          `${m}: export ${Math.round(r.exportMs)} ms, sqlite3 ${q ? `${Math.round(q.ms)} ms` : 'not installed'}, ${r.rows} rows, peak RSS ${Math.round(r.peakRssMb)} MB`,
        );
      }
      const exportMs = median(runs.map((r) => r.exportMs));
      const sqliteMs = runs.every((r) => r.sqliteMs !== null) ? median(runs.map((r) => r.sqliteMs ?? 0)) : null;
      if (sqliteMs === null) console.log('sqlite3 is not installed (Debian: apt-get install sqlite3): no ratio');
      last = {
        rows: runs[0]?.rows ?? 0,
        export_ms: Math.round(exportMs),
        sqlite3_ms: sqliteMs === null ? null : Math.round(sqliteMs),
        ratio: sqliteMs === null ? null : Number((exportMs / Math.max(sqliteMs, 0.001)).toFixed(2)),
        peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
      };
      console.log(`${m === 'numbers' ? 'per-number' : 'every-call'}: ${JSON.stringify(last)}`);
    }
    console.log(JSON.stringify(last));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
