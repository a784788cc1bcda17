import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { expect, test } from './support/desk';
import { addSimulatorAccount } from './support/simulator-account';

// A sheet imported, a campaign written and sent to the Sandbox, on a machine shared with other work.
test.describe.configure({ timeout: 300_000 });

const SHEET = resolve(__dirname, '../fixtures/sheets/e2e-first-name.csv');
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

/** Imports the three-contact sheet whose first column is "First Name", and waits for its review. */
async function importSheet(page: Page, answerOpen: (p: string) => Promise<void>, listName: string): Promise<void> {
  await nav(page, 'Contacts');
  await answerOpen(SHEET);
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await page.getByLabel('List name').fill(listName);
  await page.getByRole('button', { name: 'Import and check rows' }).click();
  // The import is a job; on a busy machine it can take a while.
  await expect(page.getByRole('group', { name: 'Row totals' }).getByRole('button', { name: /^Valid/ })).toContainText('3', {
    timeout: 60_000,
  });
}

/** From the review to a composer holding the message, named, with the preview on row 2. */
async function composeFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Start a campaign with these contacts' }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.click();
  await message.pressSequentially('Hello @@First Name');
  await page.keyboard.press('Escape');
  await expect(message).toHaveValue('Hello @@First Name');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill(name);
}

async function launch(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Launch…' });
  await expect(button).toBeEnabled({ timeout: 20_000 });
  await button.click();
  const dialog = page.getByRole('dialog', { name: `Launch “${name}”?` });
  await expect(dialog).toContainText('3 numbers');
  await dialog.getByRole('button', { name: 'Launch and call 3 numbers' }).click();
}

/** Reads the campaigns from Exotel again, unless a read is already under way. */
async function refreshCampaigns(page: Page): Promise<void> {
  const refresh = page.getByRole('button', { name: /^Refresh( now)?$/ });
  // While a read is under way the button says "Refreshing"; asking an absent button would wait for it.
  if ((await refresh.count()) === 1 && (await refresh.isEnabled({ timeout: 1_000 }).catch(() => false)))
    await refresh.click({ timeout: 1_000 }).catch(() => undefined);
}

const launches = (page: Page) => page.getByRole('list', { name: 'Launches on their way' });
const campaignsList = (page: Page) => page.getByRole('list', { name: 'Campaigns', exact: true });

test('from a sheet with a "First Name" column to a campaign running on the Sandbox', async ({ page, desk }) => {
  await importSheet(page, (p) => desk.answerOpenDialog(p), 'First names');
  await composeFromList(page, 'Hello first names');

  const heard = page.getByLabel('Message for this contact');
  await expect(heard).toHaveText('Hello Asha');
  await expect(page.getByText(/Contact 1 of 3 · row 2/)).toBeVisible();
  await page.getByRole('button', { name: 'Next ›' }).click();
  await expect(heard).toHaveText('Hello Bilal');
  await expect(page.getByText(/Contact 2 of 3 · row 3/)).toBeVisible();
  await expect(page.getByLabel('What will happen')).toContainText('3 numbers', { timeout: 20_000 });

  await launch(page, 'Hello first names');
  // At once, before Exotel has answered: the launch is on the Campaigns screen.
  await expect(launches(page).or(campaignsList(page)).first()).toContainText('Hello first names');

  // Then it is Exotel's campaign, and its calls move.
  const item = campaignsList(page).getByRole('listitem').filter({ hasText: 'Hello first names' });
  // Exotel starts a campaign given no start about a minute after it is made, in the Sandbox too.
  await expect(async () => {
    await refreshCampaigns(page);
    await expect(item).toContainText(/[1-3] of 3 done/, { timeout: 5_000 });
  }).toPass({ timeout: 200_000 });
});

test('a draft survives a restart, text and all', async ({ page, desk }) => {
  await importSheet(page, (p) => desk.answerOpenDialog(p), 'Kept list');
  await composeFromList(page, 'Kept draft');
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved/ })).toBeVisible();

  const again = await desk.restart();
  await nav(again, 'Campaigns');
  const drafts = again.getByRole('list', { name: 'Drafts' });
  await drafts.getByRole('button', { name: /^Kept draft/ }).click();
  await expect(again.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello @@First Name');
  await expect(again.getByRole('textbox', { name: 'Campaign name' })).toHaveValue('Kept draft');
  await expect(again.getByLabel('Message for this contact')).toHaveText('Hello Asha');
});

test.describe('offline', () => {
  // The built-in Sandbox is always reachable, so this runs on a real account pointed at a simulator on loopback.
  let server: SandboxServer;
  let sandbox: Sandbox;
  test.beforeAll(async () => {
    sandbox = new Sandbox({
      seed: 11,
      accountSid: 'offlineops',
      apiKey: 'key-offline',
      apiToken: `tok-${Date.now()}`,
      speed: 30,
      dialect: dialectFromEnv(process.env),
    });
    server = await startSandboxServer(sandbox);
  });
  test.afterAll(async () => server.close());

  test('a launch made offline waits in the queue and goes out once, when back online', async ({ page, desk }) => {
    await addSimulatorAccount(page, 'Offline Ops', sandbox, server.url);

    await importSheet(page, (p) => desk.answerOpenDialog(p), 'Offline list');
    await composeFromList(page, 'Queued while offline');
    await expect(page.getByLabel('What will happen')).toContainText('3 numbers', { timeout: 20_000 });

    await desk.setOnline(false);
    await launch(page, 'Queued while offline');
    await expect(launches(page)).toContainText('Queued while offline');
    await expect(launches(page)).toContainText('Launching…');
    // Nothing reaches Exotel while offline.
    await page.waitForTimeout(2_000);
    expect(sandbox.snapshot().campaigns.filter((c) => c.settings.name === 'Queued while offline')).toHaveLength(0);

    await desk.setOnline(true);
    await expect
      .poll(() => sandbox.snapshot().campaigns.filter((c) => c.settings.name === 'Queued while offline').length, { timeout: 60_000 })
      .toBe(1);
    const item = campaignsList(page).getByRole('listitem').filter({ hasText: 'Queued while offline' });
    await expect(async () => {
      await refreshCampaigns(page);
      await expect(item).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    // Exactly once, however the queue drained.
    await page.waitForTimeout(2_000);
    expect(sandbox.snapshot().campaigns.filter((c) => c.settings.name === 'Queued while offline')).toHaveLength(1);
  });
});
