import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createExotelClient } from '../../src/main/exotel';
import { Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { expect, test } from './support/desk';
import { addSimulatorAccount } from './support/simulator-account';

test.describe.configure({ timeout: 300_000 });

const NAME = 'Renewal reminder, March';
const MINUTE = 60_000;

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const listItem = (page: Page) => page.getByRole('list', { name: 'Campaigns', exact: true }).getByRole('listitem').filter({ hasText: NAME });
const detail = (page: Page) => page.getByRole('article', { name: `Campaign ${NAME}` });
const actions = (page: Page) => page.getByRole('group', { name: `Act on “${NAME}”` });
const badge = (page: Page) => detail(page).locator('.detail-badges .badge').first();
const finish = (page: Page) => detail(page).getByLabel('Expected finish');
const callsNote = (page: Page) => detail(page).locator('.cm-calls-note');

async function jobFinished(page: Page, title: RegExp): Promise<string> {
  const toast = page.getByRole('status').filter({ hasText: title }).last();
  await expect(toast).toContainText('finished', { timeout: 90_000 });
  const text = (await toast.textContent()) ?? '';
  // Closed once read, so the next job of the same kind is not mistaken for this one.
  await toast.getByRole('button').last().click();
  await expect(page.getByRole('status').filter({ hasText: title })).toHaveCount(0);
  return text;
}

const csvRows = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((l) => l.split(','));

test.describe('the record of a campaign', () => {
  // A simulator on loopback whose clock moves only when the test moves it, so calls can be left on and then ended.
  let server: SandboxServer;
  let sandbox: Sandbox;
  let client: ReturnType<typeof createExotelClient>;
  let campaignId = '';
  const given = Array.from({ length: 300 }, (_, i) => `+9198${String(40_000_000 + i * 7717).slice(-8)}`);
  test.beforeAll(async () => {
    sandbox = new Sandbox({ seed: 29, accountSid: 'recordops', apiKey: 'key-record', apiToken: `tok-${Date.now()}`, speed: 0 });
    server = await startSandboxServer(sandbox);
    client = createExotelClient({ credentials: { baseUrl: server.url, ...sandbox.credentials }, fetch });
    campaignId = (await client.campaigns.create({ name: NAME, callerId: '08047112233', readViaText: 'Hello, your plan renews soon.', from: given })).id;
    sandbox.clock.advance(4 * MINUTE);
  });
  test.afterAll(async () => server.close());

  test('paused, resumed and completed with calls on: the calls are read once they end, and both exports hold them all', async ({ page, desk }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await addSimulatorAccount(page, 'Record Ops', sandbox, server.url);
    await nav(page, 'Campaigns');
    await expect(listItem(page)).toBeVisible({ timeout: 60_000 });
    await listItem(page).getByRole('button').click();
    await expect(badge(page)).toHaveText(/Calling$/, { timeout: 30_000 });

    await actions(page).getByRole('button', { name: 'Pause' }).click();
    await expect(badge(page)).toHaveText(/Paused$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Resume' }).click();
    await expect(badge(page)).toHaveText(/Calling$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Pause' }).click();
    await expect(badge(page)).toHaveText(/Paused$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Complete…' }).click();
    await page.getByRole('dialog', { name: `Complete “${NAME}”?` }).getByRole('button', { name: `Complete “${NAME}”` }).click();
    await expect(badge(page)).toHaveText(/Completed$/, { timeout: 30_000 });

    // Calls still on at Complete: not finished, and not all read.
    const onCall = sandbox.snapshot().campaigns[0]?.active.length ?? 0;
    expect(onCall).toBeGreaterThan(5);
    await expect(finish(page)).toContainText(`Completed on Exotel; ${onCall} calls still under way`);
    await expect(finish(page)).not.toContainText('Finished');
    await page.getByRole('button', { name: 'Sync calls' }).click();
    expect(await jobFinished(page, /Reading the calls of/)).toContain(`${onCall} calls still under way on Exotel`);
    await expect(callsNote(page)).toContainText(`${onCall} calls still under way on Exotel are read when they end`);
    await expect(callsNote(page)).not.toContainText('All');
    await page.screenshot({ path: '/tmp/record-a/under-way-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: '/tmp/record-a/under-way-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    // The calls end; the next sync reads Exotel's figures again, then every call.
    sandbox.clock.advance(10 * MINUTE);
    expect((await client.campaigns.get(campaignId)).summary?.inProgress).toBe(0);
    await page.getByRole('button', { name: 'Sync calls' }).click();
    expect(await jobFinished(page, /Reading the calls of/)).toContain('every call of the finished campaign');
    await expect(callsNote(page)).toContainText(/^All [\d,]+ calls read/, { timeout: 30_000 });
    await expect(finish(page)).toContainText('Finished');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: '/tmp/record-a/all-read-1280-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: '/tmp/record-a/all-read-1280-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-record-'));
    const every = join(dir, 'every.csv');
    await desk.answerSaveDialog(every);
    await page.getByLabel('What to export').selectOption({ label: 'Every call' });
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await jobFinished(page, /Exporting the calls of/);
    // Exotel's report as Exotel serves it (a real account's app downloads only https addresses, and this one is loopback).
    const report = join(dir, 'report.csv');
    writeFileSync(report, await (await fetch((await client.campaigns.get(campaignId)).reportUrl ?? '')).text());
    const [head = [], ...calls] = csvRows(every);
    const [reportHead = [], ...reported] = csvRows(report);
    const sids = calls.map((r) => r[head.indexOf('Call SID')]).sort();
    expect(sids.length).toBeGreaterThan(100);
    expect(sids).toEqual(reported.map((r) => r[reportHead.indexOf('Call SID')]).sort());

    const perNumber = join(dir, 'numbers.csv');
    await desk.answerSaveDialog(perNumber);
    await page.getByLabel('What to export').selectOption({ label: 'One row per number, final outcome' });
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const told = await jobFinished(page, /Exporting the calls of/);
    const [numbersHead = [], ...numbers] = csvRows(perNumber);
    expect(numbers).toHaveLength(given.length);
    const never = numbers.filter((r) => r[numbersHead.indexOf('Final outcome')] === 'Not called').length;
    expect(never).toBeGreaterThan(0);
    expect(told).toContain(`${never} of them never called`);
  });
});
