import { expect, type Page } from '@playwright/test';
import type { Sandbox } from '../../../src/main/sandbox';

/**
 * Adds an account on a simulator served over loopback (a custom host), then switches to it as a user does: a new
 * account never becomes the active one by itself. Unlike the built-in Sandbox, such an account can go offline.
 */
export async function addSimulatorAccount(page: Page, name: string, sandbox: Sandbox, url: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('form', { name: 'Add account' });
  await form.getByLabel('Display name').fill(name);
  await form.getByLabel('Account SID').fill(sandbox.credentials.accountSid);
  await form.getByLabel('API key').fill(sandbox.credentials.apiKey);
  await form.getByLabel('API token').fill(sandbox.credentials.apiToken);
  await form.getByRole('radio', { name: /Custom host/ }).check();
  await form.getByRole('textbox', { name: 'Custom host' }).fill(url);
  await form.getByLabel('ExoPhones (caller IDs)').fill('08047112233');
  await form.getByRole('button', { name: 'Save account' }).click();
  await page
    .getByRole('region', { name: `Account ${name}` })
    .getByRole('button', { name: 'Switch to it' })
    .click();
  await expect(page.getByRole('button', { name: new RegExp(`^Active account: ${name}`) })).toBeVisible();
}
