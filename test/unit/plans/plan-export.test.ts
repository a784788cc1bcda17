import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';
import { makeServices, type TestServices } from '../../support/services';
import { seedPlan, settlePlan } from '../../support/plan-seed';

const DAY = 24 * 3_600_000;
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-plan-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let s: TestServices | null = null;
afterEach(async () => {
  await s?.outbox.idle();
  await s?.close();
  s = null;
});

/** A 3-day plan whose days have all run on the Sandbox, with every day's calls read into the app. */
async function ranPlan(): Promise<{ services: TestServices; planId: string; campaignIds: string[] }> {
  s = makeServices();
  const services = s;
  const { planId, itemIds } = seedPlan(services, { numbers: [6, 5, 4] });
  await settlePlan(services, itemIds);
  services.sandbox.sandbox.clock.advance(3 * DAY);
  const account = services.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  await services.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
  const campaignIds = services.plans.campaignIds(planId);
  expect(campaignIds).toHaveLength(3);
  for (const id of campaignIds) expect((await services.jobs.wait(services.campaigns.syncCalls(id).jobId))?.outcome).toBe('done');
  return { services, planId, campaignIds };
}

function callsOf(services: TestServices, campaignId: string, latestOnly: boolean) {
  return [...new CallDetailsRepo(services.db).iterate(services.accounts.activeId() ?? '', campaignId, latestOnly)];
}

const read = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('a plan’s calls and follow-up across its days', () => {
  it('exports every day’s calls to one file, the day first on each row', async () => {
    const { services, planId, campaignIds } = await ranPlan();
    const path = join(dir, 'plan-calls.csv');
    services.dialogs.save.push(path);
    const { jobId } = await services.planExports.exportCalls(planId, 'calls');
    const done = await services.jobs.wait(jobId ?? '');
    expect(done?.outcome).toBe('done');

    const [header = [], ...rows] = read(path);
    expect(header[0]).toBe('day');
    expect(header).toContain('Number');
    const perDay = campaignIds.map((id) => callsOf(services, id, false));
    expect(perDay.every((calls) => calls.length > 0)).toBe(true);
    expect(rows).toHaveLength(perDay.reduce((n, calls) => n + calls.length, 0));
    perDay.forEach((calls, i) => expect(rows.filter((r) => r[0] === String(i + 1))).toHaveLength(calls.length));
    // The numbers keep the campaign export's Excel-safe form: text, not a number Excel would round.
    const number = header.indexOf('Number');
    const day2 = new Set(callsOf(services, campaignIds[1] ?? '', false).map((c) => `="${c.number}"`));
    expect(rows.filter((r) => r[0] === '2').every((r) => day2.has(r[number] ?? ''))).toBe(true);
  });

  it('“Call again those not reached” takes the numbers not reached on every day into one draft', async () => {
    const { services, planId, campaignIds } = await ranPlan();
    const notReached = campaignIds.flatMap((id) =>
      callsOf(services, id, true)
        .filter((c) => c.status === 'busy' || c.status === 'no-answer')
        .map((c) => c.number),
    );
    expect(notReached.length).toBeGreaterThan(0);
    const counts = services.followUps.countsOf(services.plans.campaignIds(planId));
    expect(counts.busy + counts['no-answer']).toBe(notReached.length);

    const plan = services.plans.get(planId);
    const draft = await services.followUps.createFrom(campaignIds, ['busy', 'no-answer'], () => plan.name);
    expect(draft.name).toBe('Dues December · again (busy, no answer)');
    expect(draft.audience.kind).toBe('numbers');
    const numbers = draft.audience.kind === 'numbers' ? draft.audience.text.split('\n') : [];
    expect(new Set(numbers)).toEqual(new Set(notReached));
    expect(numbers).toHaveLength(notReached.length);
  });
});
