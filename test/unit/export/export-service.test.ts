import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../src/main/exotel';
import { QueuedDialogs } from '../../../src/main/platform/test-ports';
import { ExportService } from '../../../src/main/services/export/export-service';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { CampaignContacts } from '../../../src/main/services/campaigns/campaign-contacts';
import { harness, type Harness } from '../campaigns/harness';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-calls-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(h: Harness) {
  const dialogs = new QueuedDialogs();
  const seen: Array<{ url: string; headers: Headers }> = [];
  const recording: FetchLike = (url, init) => {
    seen.push({ url, headers: new Headers(init.headers) });
    return h.sandbox.fetch(url, init);
  };
  const accounts = new AccountsRepo(h.db);
  const exports = new ExportService({
    campaigns: h.repo,
    calls: h.calls,
    contacts: new CampaignContacts(new ContactsRepo(h.db)),
    dialogs,
    jobs: h.jobs,
    accounts: { activeAccount: () => accounts.get('sandbox') },
    fetchFor: () => recording,
    timeZone: () => 'Asia/Kolkata',
  });
  return { dialogs, seen, exports };
}

async function finishedCampaign(h: Harness): Promise<string> {
  await h.refresh();
  const id = h.service.list().campaigns.find((c) => c.status === 'completed')?.id ?? '';
  await h.finish(h.service.syncCalls(id));
  return id;
}

const read = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;

describe('exporting call details', () => {
  it('every call, or one row per number with its final outcome, read back from the file', async () => {
    const h = harness();
    const { dialogs, exports } = setup(h);
    const id = await finishedCampaign(h);
    const page = await h.service.calls({ id, offset: 0, limit: 500 });

    const every = join(dir, 'every.csv');
    dialogs.save.push(every);
    const started = await exports.exportCalls(id, 'calls');
    expect(await h.finish({ jobId: started.jobId ?? '' })).toMatchObject({
      outcome: 'done',
      result: { rows: page.loaded, complete: true },
    });
    const [header, ...rows] = read(every);
    // No call of this campaign pressed a digit or was recorded: those columns, empty for every row, are left out.
    expect(header).toEqual([
      'Number',
      'Name',
      'Outcome',
      'Duration (s)',
      'Attempt',
      'Started (IST)',
      'Ended (IST)',
      'Caller ID',
      'Call SID',
    ]);
    expect(rows).toHaveLength(page.loaded);
    expect(rows[0]?.[0]).toBe(`="${page.rows[0]?.number}"`);
    expect(rows.filter((r) => r[2] === 'Answered')).toHaveLength(page.counts.completed ?? 0);
    expect(rows[0]?.[5]).toMatch(/^2025-\d\d-\d\d \d\d:\d\d:\d\d$/);

    const perNumber = join(dir, 'numbers.csv');
    dialogs.save.push(perNumber);
    await h.finish({ jobId: (await exports.exportCalls(id, 'numbers')).jobId ?? '' });
    const [numbersHeader, ...numbers] = read(perNumber);
    expect(numbersHeader?.[2]).toBe('Final outcome');
    expect(numbers).toHaveLength(Object.values(page.numberCounts).reduce((a, b) => a + b, 0));
    expect(numbers.filter((r) => r[2] === 'Answered')).toHaveLength(page.numberCounts.completed ?? 0);
    expect(new Set(numbers.map((r) => r[0])).size).toBe(numbers.length);
  });

  it('a closed save dialog starts nothing', async () => {
    const h = harness();
    const { exports } = setup(h);
    const id = await finishedCampaign(h);
    expect(await exports.exportCalls(id, 'calls')).toEqual({ jobId: null });
  });

  it('downloads Exotel’s report of a finished campaign without sending the account’s credentials', async () => {
    const h = harness();
    const { dialogs, seen, exports } = setup(h);
    const id = await finishedCampaign(h);
    const reportUrl = h.service.get(id).campaign.reportUrl;
    expect(reportUrl).toMatch(/\/campaign-reports\/.+\.csv$/);
    const path = join(dir, 'report.csv');
    dialogs.save.push(path);
    const done = await h.finish({ jobId: (await exports.downloadReport(id)).jobId ?? '' });
    expect(done).toMatchObject({ outcome: 'done' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(reportUrl);
    expect(seen[0]?.headers.get('authorization')).toBeNull();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Number,Status,Duration,Date Created,Call SID');
    expect(lines.length - 1).toBe(h.calls.count('sandbox', id, false));
  });

  it('a running campaign has no report to download, and says so', async () => {
    const h = harness();
    const { exports } = setup(h);
    await h.refresh();
    const id = h.service.list().campaigns.find((c) => c.status === 'in-progress')?.id ?? '';
    await expect(exports.downloadReport(id)).rejects.toThrow(/no report for this campaign yet/);
  });
});
