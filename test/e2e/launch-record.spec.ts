import type { Page } from '@playwright/test';
import { expect, test } from './support/desk';

// On the built-in Sandbox, on a machine shared with other work.
test.describe.configure({ timeout: 180_000 });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

test('Pretend to be offline queues a Sandbox launch; switched back, it goes and Launch opens the new campaign', async ({ page }) => {
  await nav(page, 'Accounts');
  const tryOffline = page.getByRole('region', { name: 'Try offline' });
  // The switch follows the app's state, so it flips once main has answered.
  await tryOffline.getByRole('switch', { name: 'Pretend to be offline' }).click();
  await expect(tryOffline.getByRole('switch', { name: 'Pretend to be offline' })).toBeChecked();
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status.getByRole('status').filter({ hasText: 'Offline (pretending)' })).toBeVisible({ timeout: 20_000 });

  await nav(page, 'Campaigns');
  await expect(page.getByRole('list', { name: 'Campaigns' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Control+N');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('Tried offline');
  await page.getByRole('radio', { name: /Numbers I type/ }).check();
  await page.getByLabel('Numbers, one a line (at most 5,000)').fill('98765 43210\n98450 12345');
  await page.getByRole('textbox', { name: 'Message' }).fill('Our new branch opens on Monday.');
  await expect(page.getByLabel('What will happen')).toContainText('2 numbers', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Launch…' }).click();
  await page.getByRole('dialog', { name: 'Launch “Tried offline”?' }).getByRole('button', { name: 'Launch and call 2 numbers' }).click();

  // Queued as after a network loss: the list and the pane say so, and Exotel has nothing yet.
  const launches = page.getByRole('list', { name: 'Launches on their way' });
  await expect(launches).toContainText('Queued: goes out when Exotel is reachable', { timeout: 20_000 });
  await expect(page.getByRole('region', { name: 'Launch of Tried offline' })).toBeVisible();
  await expect(status.getByRole('button', { name: /1 queued operation/ })).toBeVisible();

  // Switched back from the status bar's menu: the outbox drains and the new campaign opens.
  await status.getByRole('button', { name: /Offline \(pretending\)/ }).click();
  await status.getByRole('dialog', { name: 'Online state' }).getByRole('switch', { name: 'Pretend to be offline' }).click();
  await expect(page.getByRole('article', { name: 'Campaign Tried offline' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Campaigns' }).locator('[aria-current="true"]')).toContainText('Tried offline');
  await expect(status.getByRole('status').filter({ hasText: /^Online/ })).toBeVisible();
});

test('a campaign launched to start tomorrow says how many numbers it will call and when it starts', async ({ page }) => {
  await nav(page, 'Campaigns');
  await expect(page.getByRole('list', { name: 'Campaigns' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Control+N');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('Starts tomorrow');
  await page.getByRole('radio', { name: /Numbers I type/ }).check();
  await page.getByLabel('Numbers, one a line (at most 5,000)').fill('98765 43210\n98450 12345\n98450 12346');
  await page.getByRole('textbox', { name: 'Message' }).fill('Your appointment is tomorrow.');
  await page.getByRole('radio', { name: 'Start later' }).check();
  const day = new Date(Date.now() + 24 * 3_600_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' });
  await page.getByLabel('Starts').fill(`${day}T10:30`);
  await expect(page.getByLabel('What will happen')).toContainText('3 numbers', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Launch…' }).click();
  await page.getByRole('dialog', { name: 'Launch “Starts tomorrow”?' }).getByRole('button', { name: 'Launch and call 3 numbers' }).click();

  const row = page.getByRole('list', { name: 'Campaigns' }).getByRole('listitem').filter({ hasText: 'Starts tomorrow' });
  await expect(row).toContainText(/3 numbers · starts .*\d\d:\d\d/, { timeout: 60_000 });
  await expect(row).not.toContainText('0 of 0 done');
  await expect(page.getByRole('article', { name: 'Campaign Starts tomorrow' })).toBeVisible();
});
