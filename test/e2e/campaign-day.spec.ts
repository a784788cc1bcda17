import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createExotelClient } from '../../src/main/exotel';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { expect, test } from './support/desk';
import { addSimulatorAccount } from './support/simulator-account';

// The whole day of a campaign, from a sheet to both exports, on a machine shared with other work.
test.describe.configure({ timeout: 300_000 });

const NAME = 'Dues reminder, December';
const LIST = 'December dues';
const MINUTE = 60_000;
const FIRST = [
  'Asha',
  'Bilal',
  'Chitra',
  'Dev',
  'Esha',
  'Farhan',
  'Gita',
  'Hari',
  'Isha',
  'Jai',
  'Kavya',
  'Lalit',
  'Meena',
  'Nikhil',
  'Omkar',
  'Pooja',
  'Rohan',
  'Sana',
  'Tarun',
  'Uma',
];
const LAST = [
  'Rao',
  'Khan',
  'Iyer',
  'Patel',
  'Shah',
  'Menon',
  'Joshi',
  'Gupta',
  'Das',
  'Nair',
  'Singh',
  'Bose',
  'Pillai',
  'Reddy',
  'Kulkarni',
];

/** Made-up contacts: a name, a mobile number and an amount each, every number different. */
const contacts = Array.from({ length: 300 }, (_, i) => ({
  name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
  number: `98${String(40_000_000 + i * 7717).slice(-8)}`,
  amount: String(200 + ((i * 37) % 1800)),
}));

function writeSheet(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'campaign-desk-e2e-day-')), 'December dues.csv');
  const lines = ['Customer Name,Mobile,Amount Due', ...contacts.map((c) => `${c.name},${c.number},${c.amount}`)];
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const campaignsList = (page: Page) => page.getByRole('list', { name: 'Campaigns', exact: true });
const listItem = (page: Page) => campaignsList(page).getByRole('listitem').filter({ hasText: NAME });
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

/** A number as the export writes it for Excel (="+919840000000"), down to its last ten digits. */
const tenDigits = (cell: string | undefined): string => (cell ?? '').replace(/\D/g, '').slice(-10);

test.describe('the day of a campaign', () => {
  // A simulator on loopback whose clock the test moves, so calls can be left on at Complete and then ended.
  let server: SandboxServer;
  let sandbox: Sandbox;
  let client: ReturnType<typeof createExotelClient>;
  test.beforeAll(async () => {
    sandbox = new Sandbox({
      seed: 31,
      accountSid: 'dayops',
      apiKey: 'key-day',
      apiToken: `tok-${Date.now()}`,
      speed: 0,
      dialect: dialectFromEnv(process.env),
    });
    server = await startSandboxServer(sandbox);
    client = createExotelClient({ credentials: { baseUrl: server.url, ...sandbox.credentials }, fetch });
  });
  test.afterAll(async () => server.close());

  test('a sheet imported, a campaign composed, launched, paused, resumed and completed; every call and every number exported', async ({
    page,
    desk,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await addSimulatorAccount(page, 'Day Ops', sandbox, server.url);

    // Import: the name column is found by its header, the phone column by its values.
    await nav(page, 'Contacts');
    await desk.answerOpenDialog(writeSheet());
    await page.getByRole('button', { name: 'Choose file' }).first().click();
    await expect(page.getByRole('table', { name: /First rows of December dues\.csv/ })).toContainText('Customer Name');
    await page.getByRole('button', { name: 'Next: map columns' }).click();
    await expect(page.getByLabel('Phone number column')).toHaveValue('1');
    await expect(page.getByLabel('Name column')).toHaveValue('0');
    await page.getByLabel('List name').fill(LIST);
    await page.getByRole('button', { name: 'Import and check rows' }).click();
    const totals = page.getByRole('group', { name: 'Row totals' });
    await expect(totals.getByRole('button', { name: /^Valid/ })).toContainText('300', { timeout: 60_000 });
    await expect(totals.getByRole('button', { name: /^All rows/ })).toContainText('300');

    // Compose on that list, with a variable from the sheet in the message.
    await page.getByRole('button', { name: 'Start a campaign with these contacts' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.click();
    await message.pressSequentially('Hello, you have @@Amount Due rupees due this month');
    await page.keyboard.press('Escape');
    await expect(message).toHaveValue('Hello, you have @@Amount Due rupees due this month');
    await page.getByRole('textbox', { name: 'Campaign name' }).fill(NAME);
    await expect(page.getByLabel('Message for this contact')).toHaveText(`Hello, you have ${contacts[0]?.amount} rupees due this month`);
    await expect(page.getByLabel('What will happen')).toContainText('300 numbers', { timeout: 30_000 });

    // Launch: the list goes to Exotel, then the campaign; the simulator's clock runs meanwhile so the upload ends.
    sandbox.clock.setSpeed(20);
    const launch = page.getByRole('button', { name: 'Launch…' });
    await expect(launch).toBeEnabled({ timeout: 20_000 });
    await launch.click();
    const dialog = page.getByRole('dialog', { name: `Launch “${NAME}”?` });
    await expect(dialog).toContainText('300 numbers');
    await dialog.getByRole('button', { name: 'Launch and call 300 numbers' }).click();
    await expect.poll(() => sandbox.snapshot().campaigns.filter((c) => c.settings.name === NAME).length, { timeout: 90_000 }).toBe(1);
    sandbox.clock.setSpeed(0);
    const campaignId = sandbox.snapshot().campaigns.find((c) => c.settings.name === NAME)?.id ?? '';

    // Launch opens the new campaign's detail, selected in the list.
    await expect(detail(page)).toBeVisible({ timeout: 60_000 });
    await expect(campaignsList(page).locator('[aria-current="true"]')).toContainText(NAME);
    await expect(badge(page)).toHaveText(/Scheduled$/, { timeout: 30_000 });
    await expect(listItem(page)).toContainText(/300 numbers · starts .*\d\d:\d\d/);
    await expect(finish(page)).toContainText(/Starts .*\d\d:\d\d/);

    // Exotel starts it about a minute after it is made, or when the calling hours open; four minutes on, calls are under way.
    const sendAt = sandbox.snapshot().campaigns.find((c) => c.id === campaignId)?.settings.send_at ?? 0;
    sandbox.clock.advance(Math.max(0, sendAt - sandbox.clock.now()) + 4 * MINUTE);
    await page.getByRole('button', { name: /^Refresh( now)?$/ }).click();
    await expect(badge(page)).toHaveText(/Calling$/, { timeout: 60_000 });

    await actions(page).getByRole('button', { name: 'Pause' }).click();
    await expect(badge(page)).toHaveText(/Paused$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Resume' }).click();
    await expect(badge(page)).toHaveText(/Calling$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Pause' }).click();
    await expect(badge(page)).toHaveText(/Paused$/, { timeout: 30_000 });
    await actions(page).getByRole('button', { name: 'Complete…' }).click();
    await page
      .getByRole('dialog', { name: `Complete “${NAME}”?` })
      .getByRole('button', { name: `Complete “${NAME}”` })
      .click();
    await expect(badge(page)).toHaveText(/Completed$/, { timeout: 30_000 });

    // Calls still on at Complete: not finished, and not all read.
    const onCall = sandbox.snapshot().campaigns.find((c) => c.id === campaignId)?.active.length ?? 0;
    expect(onCall).toBeGreaterThan(5);
    await expect(finish(page)).toContainText(`Completed on Exotel; ${onCall} calls still under way`);
    await expect(finish(page)).not.toContainText('Finished');
    await page.getByRole('button', { name: 'Sync calls' }).click();
    expect(await jobFinished(page, /Reading the calls of/)).toContain(`${onCall} calls still under way on Exotel`);
    await expect(callsNote(page)).toContainText(`${onCall} calls still under way on Exotel are read when they end`);
    await expect(callsNote(page)).not.toContainText('All');

    // The calls end; the next sync reads Exotel's figures again, then every call.
    sandbox.clock.advance(10 * MINUTE);
    const ended = await client.campaigns.get(campaignId);
    expect(ended.summary?.inProgress).toBe(0);
    await page.getByRole('button', { name: 'Sync calls' }).click();
    expect(await jobFinished(page, /Reading the calls of/)).toContain('every call of the finished campaign');
    await expect(callsNote(page)).toContainText(/^All [\d,]+ calls read/, { timeout: 30_000 });
    await expect(finish(page)).toContainText('Finished');

    // Every call: the same call SIDs as Exotel's own report.
    const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-e2e-day-export-'));
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
    expect(await callsNote(page).textContent()).toMatch(new RegExp(`^All ${sids.length.toLocaleString('en-IN')} calls read`));

    // One row per number: every contact of the sheet once, with the sheet's name, called or not.
    const perNumber = join(dir, 'numbers.csv');
    await desk.answerSaveDialog(perNumber);
    await page.getByLabel('What to export').selectOption({ label: 'One row per number, final outcome' });
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const told = await jobFinished(page, /Exporting the calls of/);
    const [numbersHead = [], ...numbers] = csvRows(perNumber);
    expect(numbers).toHaveLength(contacts.length);
    const at = (name: string) => numbersHead.indexOf(name);
    expect(at('Name')).toBeGreaterThanOrEqual(0);
    const named = new Map(numbers.map((r) => [tenDigits(r[at('Number')]), r[at('Name')]]));
    expect(new Map(contacts.map((c) => [c.number, c.name]))).toEqual(named);
    const never = numbers.filter((r) => r[at('Final outcome')] === 'Not called').length;
    expect(never).toBeGreaterThan(0);
    expect(told).toContain(`${never} of them never called`);
  });
});
