import keytar from 'keytar';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { expect, test } from './support/desk';

const KEYCHAIN_SERVICE = 'Campaign Desk';

/** Every token the OS keychain holds for the app, read from outside the app. */
async function keychainTokens(): Promise<string> {
  return (await keytar.findCredentials(KEYCHAIN_SERVICE)).map((c) => c.password).join('\n');
}

let server: SandboxServer;
let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = new Sandbox({
    seed: 3,
    accountSid: 'acmeops',
    apiKey: 'key-e2e',
    apiToken: `tok-${Date.now()}`,
    dialect: dialectFromEnv(process.env),
  });
  sandbox.seedDemo();
  server = await startSandboxServer(sandbox);
});
test.afterAll(async () => server.close());

test('add an account, test it, switch between accounts and remove it', async ({ page }) => {
  const token = sandbox.credentials.apiToken;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();

  const form = page.getByRole('form', { name: 'Add account' });
  await form.getByLabel('Display name').fill('Acme Ops');
  await form.getByLabel('Account SID').fill('acmeops');
  await form.getByLabel('API key').fill('key-e2e');
  await form.getByLabel('API token').fill(token);
  await form.getByRole('radio', { name: /Custom host/ }).check();
  await form.getByRole('textbox', { name: 'Custom host' }).fill('http://example.com');
  await form.getByRole('button', { name: 'Save account' }).click();
  await expect(form.getByText(/only to this computer/)).toBeVisible();

  await form.getByRole('textbox', { name: 'Custom host' }).fill(server.url);
  await form.getByRole('button', { name: 'Save account' }).click();
  // Saving keeps the Sandbox active; the user switches on purpose.
  await expect(page.getByRole('button', { name: /^Active account: Sandbox/ })).toBeVisible();
  await page.getByRole('region', { name: 'Account Acme Ops' }).getByRole('button', { name: 'Switch to it' }).click();
  await expect(page.getByRole('button', { name: /^Active account: Acme Ops/ })).toBeVisible();
  expect(await keychainTokens()).toContain(token);
  await expect(page.getByText(token)).toHaveCount(0);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status', { name: 'Connection test' })).toContainText('Exotel accepted the API key and token');

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Replace API token').fill('a-wrong-token');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status', { name: 'Connection test' })).toContainText('rejected the API key or token');
  expect(await keychainTokens()).toContain('a-wrong-token');

  await page.getByRole('button', { name: 'Use Sandbox' }).click();
  await expect(page.getByRole('button', { name: /^Active account: Sandbox/ })).toBeVisible();

  await page.getByRole('listitem').filter({ hasText: 'Acme Ops' }).first().click();
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Remove “Acme Ops”' }).click();
  await expect(page.getByText('Acme Ops')).toHaveCount(0);
  expect(await keychainTokens()).not.toContain('a-wrong-token');
});

test('the account list and the active account survive a restart', async ({ page, desk }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('form', { name: 'Add account' });
  await form.getByLabel('Display name').fill('Kept Account');
  await form.getByLabel('Account SID').fill('kept1');
  await form.getByLabel('API key').fill('key-kept');
  await form.getByLabel('API token').fill('token-kept-1');
  await form.getByRole('button', { name: 'Save account' }).click();
  // Saving keeps the Sandbox active; the user switches on purpose.
  await expect(page.getByRole('button', { name: /^Active account: Sandbox/ })).toBeVisible();
  await page.getByRole('region', { name: 'Account Kept Account' }).getByRole('button', { name: 'Switch to it' }).click();
  await expect(page.getByRole('button', { name: /^Active account: Kept Account/ })).toBeVisible();

  const again = await desk.restart();
  await expect(again.getByRole('button', { name: /^Active account: Kept Account/ })).toBeVisible();
});
