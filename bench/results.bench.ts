import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCampaign } from '../src/main/exotel';
import { ResultsService } from '../src/main/services/results/results-service';
import { AccountsRepo } from '../src/main/store/accounts-repo';
import { CampaignsRepo } from '../src/main/store/campaigns-repo';
import { DB_FILE_NAME, openDatabase, type Db } from '../src/main/store/db';
import { ResultsRepo } from '../src/main/store/results-repo';
import { RESULTS_INDEXES } from '../src/main/store/migrations/014-results-indexes';

/**
 * `npm run bench:results`: 1,000 campaigns and 1,000,000 calls of one account over the last year, in a fresh
 * database; times the Results screen (Last 30 days, and the whole year as a chosen range) and the heatmap through
 * the app's own service, each the median of a few runs, against a plain `SELECT count(*)` of call_details in the
 * same run. The database file's growth from the Results indexes is the file with them less the file without.
 * Last line: {"campaigns","calls","results_ms","heatmap_ms","db_growth_mb"} plus the baseline and the ratios.
 */
const CAMPAIGNS = 1_000;
const CALLS = 1_000_000;
const RUNS = 5;
const ACCOUNT = 'bench';
const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-12-08T06:30:00Z');

export function fill(db: Db): void {
  const at = new Date(NOW).toISOString();
  new AccountsRepo(db).insert({
    id: ACCOUNT,
    kind: 'exotel',
    name: 'Bench',
    accountSid: 'bench',
    apiKey: 'k',
    region: 'mumbai',
    host: 'https://api.in.exotel.com',
    defaultCountry: 'IN',
    callerId: '',
    createdAt: at,
    updatedAt: at,
  });
  const campaigns = new CampaignsRepo(db);
  const insert = db.prepare(
    `INSERT INTO call_details (account_id, campaign_id, call_key, number, status, status_text, created_ms, duration, attempt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perCampaign = CALLS / CAMPAIGNS;
  const statuses = ['completed', 'no-answer', 'busy', 'completed', 'failed', 'completed', 'no-answer'] as const;
  db.transaction(() => {
    for (let c = 0; c < CAMPAIGNS; c++) {
      const id = `bench-${String(c).padStart(4, '0')}`;
      campaigns.upsert(
        ACCOUNT,
        toCampaign({ id, name: `Campaign ${c}`, status: 'Completed', lists: [`list-${c % 40}`], from: [] }, null),
        at,
      );
      // Campaigns spread over the year, each calling for a few hours from 09:00 IST.
      const start = NOW - 365 * DAY_MS + Math.floor((c * 365 * DAY_MS) / CAMPAIGNS);
      for (let i = 0; i < perCampaign; i++) {
        const numberIndex = Math.floor(i / 1.4);
        const attempt = i % 7 === 6 ? 2 : 1;
        const status = statuses[(i * 31 + c) % statuses.length] ?? 'completed';
        insert.run(
          ACCOUNT,
          id,
          `k${i}`,
          `+9198${String(10_000_000 + c * 1000 + numberIndex).slice(-8)}`,
          status,
          status,
          start + i * 40_000,
          status === 'completed' ? 20 + (i % 90) : 0,
          attempt,
        );
      }
    }
  })();
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function time(work: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const began = performance.now();
    work();
    runs.push(performance.now() - began);
  }
  return median(runs);
}

function fileMb(dir: string, db: Db): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(join(dir, DB_FILE_NAME)).size / 1_048_576;
}

function main(): void {
  const kept = process.env.RESULTS_BENCH_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'campaign-desk-bench-results-'));
  try {
    const db = openDatabase(dir);
    const filled = performance.now();
    fill(db);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`stored ${CAMPAIGNS} campaigns and ${CALLS} calls in ${Math.round(performance.now() - filled)} ms`);
    const accounts = new AccountsRepo(db);
    const service = new ResultsService({
      repo: new ResultsRepo(db),
      activeAccount: () => accounts.get(ACCOUNT),
      syncedAt: () => null,
      now: () => new Date(NOW),
    });
    const month = service.period({ kind: 'last30' });
    const year = service.period({ kind: 'range', from: '2025-12-08', to: '2026-12-08' });
    const heat = service.heatmap();
    console.log(
      `last 30 days: ${month.totals.calls} calls of ${month.campaigns.length} campaigns; the year: ${year.totals.calls} calls; heatmap: ${heat.calls} calls`,
    );
    if (year.totals.calls !== CALLS || heat.calls !== CALLS) throw new Error('the aggregates do not count every call');

    const countMs = time(() => db.prepare('SELECT count(*) FROM call_details').get());
    const monthMs = time(() => service.period({ kind: 'last30' }));
    const yearMs = time(() => service.period({ kind: 'range', from: '2025-12-08', to: '2026-12-08' }));
    const heatMs = time(() => service.heatmap());
    const ratio = (ms: number) => Number((ms / Math.max(countMs, 0.001)).toFixed(2));
    console.log(`SELECT count(*) FROM call_details (baseline): ${countMs.toFixed(1)} ms`);
    console.log(`Results, last 30 days: ${monthMs.toFixed(1)} ms (${ratio(monthMs)}x the baseline)`);
    console.log(`Results, the whole year: ${yearMs.toFixed(1)} ms (${ratio(yearMs)}x)`);
    console.log(`Heatmap, every call: ${heatMs.toFixed(1)} ms (${ratio(heatMs)}x)`);

    db.exec('VACUUM');
    const withIndexes = fileMb(dir, db);
    for (const name of RESULTS_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
    db.exec('VACUUM');
    const without = fileMb(dir, db);
    console.log(`database file: ${withIndexes.toFixed(1)} MB with the Results indexes, ${without.toFixed(1)} MB without`);
    db.close();
    console.log(
      JSON.stringify({
        campaigns: CAMPAIGNS,
        calls: CALLS,
        results_ms: Math.round(monthMs),
        heatmap_ms: Math.round(heatMs),
        db_growth_mb: Number((withIndexes - without).toFixed(1)),
        results_year_ms: Math.round(yearMs),
        count_ms: Number(countMs.toFixed(1)),
        results_ratio: ratio(monthMs),
        heatmap_ratio: ratio(heatMs),
      }),
    );
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
