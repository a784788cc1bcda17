import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueuedDialogs } from '../src/main/platform/test-ports';
import { ExportService } from '../src/main/services/export';
import { AccountsRepo } from '../src/main/store/accounts-repo';
import { CallDetailsRepo } from '../src/main/store/call-details-repo';
import { CampaignsRepo } from '../src/main/store/campaigns-repo';
import { ContactsRepo } from '../src/main/store/contacts-repo';
import { openDatabase } from '../src/main/store/db';
import { BENCH_ACCOUNT, BENCH_CAMPAIGN, fillCalls } from './calls-store';

/**
 * `npm run bench:export`: 100,000 call rows from the local store to a CSV file through the app's export
 * (the same code as the Export button), against writing the same bytes with one fs.writeFile in the same
 * run. The store is filled in another process, so the peak RSS is the export's own.
 * Last line: {"rows","export_ms","write_only_ms","ratio","peak_rss_mb"}.
 */
const ROWS = 100_000;
const RUNS = 3;

async function exportOnce(dir: string): Promise<{ rows: number; exportMs: number; writeOnlyMs: number; peakRssMb: number }> {
  const db = openDatabase(dir);
  const accounts = new AccountsRepo(db);
  const campaigns = new CampaignsRepo(db);
  const exports = new ExportService({
    campaigns,
    calls: new CallDetailsRepo(db),
    lists: new ContactsRepo(db),
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
  const out = join(dir, 'calls.csv');
  const began = performance.now();
  const result = await exports.writeCalls(account, cached, 'calls', out, ctx);
  const exportMs = performance.now() - began;
  const bytes = readFileSync(out);
  const writeBegan = performance.now();
  await writeFile(join(dir, 'same-bytes.csv'), bytes);
  const writeOnlyMs = performance.now() - writeBegan;
  db.close();
  return { rows: result.rows, exportMs, writeOnlyMs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
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
    console.log(JSON.stringify(await exportOnce(dir)));
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-export-'));
  try {
    const filled = performance.now();
    child(['--fill', root]);
    console.log(`stored ${ROWS} calls in ${Math.round(performance.now() - filled)} ms`);
    const runs = Array.from({ length: RUNS }, () => JSON.parse(child(['--export', root])) as Awaited<ReturnType<typeof exportOnce>>);
    for (const r of runs) console.log(`export ${Math.round(r.exportMs)} ms, write-only ${Math.round(r.writeOnlyMs)} ms, peak RSS ${Math.round(r.peakRssMb)} MB`);
    const median = <T>(values: T[], by: (v: T) => number): number => values.map(by).sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const exportMs = median(runs, (r) => r.exportMs);
    const writeOnlyMs = median(runs, (r) => r.writeOnlyMs);
    console.log(
      JSON.stringify({
        rows: runs[0]?.rows ?? 0,
        export_ms: Math.round(exportMs),
        write_only_ms: Math.round(writeOnlyMs),
        ratio: Number((exportMs / Math.max(writeOnlyMs, 0.001)).toFixed(2)),
        peak_rss_mb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
