import type { Page } from '@playwright/test';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { check, nav, shoot, watchCsp } from './support/axe';
import { expect, test } from './support/desk';
import { addSimulatorAccount } from './support/simulator-account';

// A real account on a simulator on loopback: the built-in Sandbox is never offline and has campaigns from the start.
test.describe.configure({ timeout: 110_000 });

// One simulator a test: each starts with no campaign, and the faults one arms reach no other.
let server: SandboxServer;
let sandbox: Sandbox;
test.beforeEach(async () => {
  sandbox = new Sandbox({
    seed: 7,
    accountSid: 'a11yops',
    apiKey: 'key-a11y',
    apiToken: `tok-${Date.now()}`,
    speed: 0,
    dialect: dialectFromEnv(process.env),
  });
  server = await startSandboxServer(sandbox);
});
test.afterEach(async () => server.close());

/** "Field Ops" on the loopback simulator, made the active account as a user does. */
const addFieldOps = (page: Page) => addSimulatorAccount(page, 'Field Ops', sandbox, server.url);

test('an account’s new-host confirm and Remove confirm, and Campaigns before any campaign, have no serious accessibility violation', async ({
  page,
}) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await addFieldOps(page);

  await nav(page, 'Campaigns');
  await expect(page.getByRole('heading', { name: 'Import a sheet to start' })).toBeVisible({ timeout: 20_000 });
  await check(page, 'Campaigns (no campaign yet)', found);

  await nav(page, 'Accounts');
  const detail = page.getByRole('region', { name: 'Account Field Ops' });
  await detail.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit Field Ops' });
  await form.getByRole('textbox', { name: 'Custom host' }).fill('http://127.0.0.1:9');
  // A token goes to a new host only when typed again for it.
  await form.getByLabel('Replace API token').fill(sandbox.credentials.apiToken);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog', { name: 'Send the API token to a new host?' })).toBeVisible();
  await check(page, 'Account form: new host confirm', found);
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await detail.getByRole('button', { name: 'Remove' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove “Field Ops”?' });
  await expect(remove).toBeVisible();
  await check(page, 'Account: Remove confirm', found);
  await remove.getByRole('button', { name: 'Remove “Field Ops”' }).click();
  await expect(page.getByRole('region', { name: 'Account Field Ops' })).toHaveCount(0);

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('the Activity outbox with a launch waiting offline and a failed test call has no serious accessibility violation', async ({
  page,
  desk,
}) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await addFieldOps(page);

  await nav(page, 'Campaigns');
  await page.keyboard.press('Control+N');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('Branch opening');
  await page.getByLabel('Numbers, one a line (at most 5,000)').fill('98765 43210\n98450 12345\n12345');
  await page.getByRole('textbox', { name: 'Message' }).fill('Our new branch opens on Monday. Visit us for a free check-up.');
  await expect(page.getByLabel('What will happen')).toContainText('2 numbers', { timeout: 20_000 });

  // Exotel turns the test call down: the outbox keeps it as failed, with a way to try again.
  sandbox.faults.inject({ kind: 'status', status: 400, method: 'POST', path: '/campaigns', description: 'Invalid caller id' });
  await page.getByLabel('Call me first, on').fill('+91 98765 00000');
  await page.getByRole('button', { name: 'Call me first' }).click();
  await expect(page.locator('.test-call-state')).toContainText('Failed', { timeout: 30_000 });

  await desk.setOnline(false);
  await expect(page.getByRole('status').filter({ hasText: /^Offline/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Launch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Launch “Branch opening”?' });
  await expect(dialog).toContainText('You are offline');
  await check(page, 'Launch confirm dialog, offline', found);
  await dialog.getByRole('button', { name: 'Launch and call 2 numbers' }).click();
  await expect(page.getByRole('list', { name: 'Launches on their way' })).toContainText('Branch opening');
  await check(page, 'Campaigns with a launch waiting', found);

  await nav(page, 'Activity');
  const outbox = page.getByRole('region', { name: 'Outbox' });
  await expect(outbox.getByRole('listitem', { name: /Branch opening.*Queued/ })).toBeVisible();
  const failed = outbox.getByRole('listitem', { name: /^Test call.*Failed$/ });
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible();
  await failed.getByText(/^History/).click();
  await check(page, 'Activity: outbox with items', found);
  await shoot(page, 'activity');

  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(outbox.getByRole('listitem', { name: /^Test call.*Queued$/ })).toBeVisible();

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('an outbox item whose outcome is unknown, and its Discard confirm, have no serious accessibility violation', async ({ page }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await addFieldOps(page);
  await nav(page, 'Campaigns');
  await page.keyboard.press('Control+N');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('Lost answer');
  await page.getByLabel('Numbers, one a line (at most 5,000)').fill('98765 43210');
  await page.getByRole('textbox', { name: 'Message' }).fill('Your card is ready to collect.');
  await expect(page.getByLabel('What will happen')).toContainText('1 number', { timeout: 20_000 });

  // Exotel makes the test call but its answer is lost, and looking it up keeps failing: the outbox asks the user.
  sandbox.faults.inject({ kind: 'lost-answer', method: 'POST', path: '/campaigns' });
  // A refusal, not a 5xx: reads that fail with a 5xx are repeated first, and the test would wait for them.
  sandbox.faults.inject({ kind: 'status', status: 403, description: 'Access denied', method: 'GET', path: '/campaigns', count: Infinity });
  try {
    await page.getByLabel('Call me first, on').fill('+91 98765 00000');
    await page.getByRole('button', { name: 'Call me first' }).click();
    await nav(page, 'Activity');
    const item = page.getByRole('region', { name: 'Outbox' }).getByRole('listitem', { name: /^Test call.*Needs your answer$/ });
    // Three look-ups, 10 and 30 seconds apart, before it asks.
    await expect(item).toBeVisible({ timeout: 70_000 });
    await expect(item.getByRole('button', { name: 'Send again' })).toBeVisible();
    // One reading covers both: the item with its three answers stays on the page behind the confirm.
    await item.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('dialog', { name: /^Discard “Test call/ })).toBeVisible();
    await check(page, 'Activity: an item that needs an answer, and its Discard confirm', found);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    sandbox.faults.clear();
  }

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});
