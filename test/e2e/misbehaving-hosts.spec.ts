import type { Page } from '@playwright/test';
import { signInPage, silence, startMisbehavingHost, type MisbehavingHost } from '../support/misbehaving-host';
import { expect, test } from './support/desk';

let host: MisbehavingHost;
test.beforeAll(async () => {
  host = await startMisbehavingHost();
});
test.afterAll(async () => host.close());

/** Adds an account on the misbehaving host (the Sandbox stays active) and opens it. */
async function addAccount(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('form', { name: 'Add account' });
  await form.getByLabel('Display name').fill(name);
  await form.getByLabel('Account SID').fill('hotelwifi');
  await form.getByLabel('API key').fill('key-hotel');
  await form.getByLabel('API token').fill('token-hotel');
  await form.getByRole('radio', { name: /Custom host/ }).check();
  await form.getByRole('textbox', { name: 'Custom host' }).fill(host.url);
  await form.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('region', { name: `Account ${name}` })).toBeVisible();
}

test('a network’s sign-in page answering 200 is not taken for Exotel', async ({ page }) => {
  host.answer(signInPage);
  await addAccount(page, 'Hotel Wi-Fi');
  const account = page.getByRole('region', { name: 'Account Hotel Wi-Fi' });
  await account.getByRole('button', { name: 'Test connection' }).click();
  const result = account.getByRole('status', { name: 'Connection test' });
  await expect(result).toContainText('Not Exotel');
  await expect(result).toContainText(
    'This address did not answer as Exotel does (it looks like a sign-in page of the network you are on).',
  );
  await expect(result).not.toContainText('accepted');
});

test('Test connection against a host that never answers says Exotel is slow, and ends within 20 seconds', async ({ page }) => {
  test.setTimeout(60_000);
  host.answer(silence);
  await addAccount(page, 'Silent Host');
  const account = page.getByRole('region', { name: 'Account Silent Host' });
  const result = account.getByRole('status', { name: 'Connection test' });
  const clicked = Date.now();
  await account.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toContainText('Exotel is slow to answer. The test waits 15 seconds at most', { timeout: 10_000 });
  await expect(result).toContainText('Exotel is slow: it did not answer within 15 seconds, so the test stopped waiting.', {
    timeout: 20_000,
  });
  expect(Date.now() - clicked).toBeLessThan(20_000);
});
