import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { check, nav, shoot, watchCsp } from './support/axe';
import { expect, test } from './support/desk';

// Each test imports a sheet or opens the composer, then reads the page with axe a few times in both themes.
test.describe.configure({ timeout: 110_000 });

/** Four contacts, one without a first name, so the composer shows its empty-value warning too. */
function sheetWithAGap(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'a11y-compose-')), 'renewals.csv');
  writeFileSync(path, 'First Name,Mobile,City\nAsha,98765 43210,Pune\nBilal,98450 12345,Delhi\n,98200 11223,Mumbai\nDev,98201 44556,Goa\n');
  return path;
}

async function importSheet(page: Page, answerOpen: (p: string) => Promise<void>, path: string, listName: string): Promise<void> {
  await nav(page, 'Contacts');
  await answerOpen(path);
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await page.getByLabel('List name').fill(listName);
  await page.getByRole('button', { name: 'Import and check rows' }).click();
  await expect(page.getByRole('group', { name: 'Row totals' }).getByRole('button', { name: /^Valid/ })).toContainText('4', {
    timeout: 60_000,
  });
}

/** Tomorrow at 11:00 as a datetime-local value: inside India's calling hours, never in the past. */
function tomorrowAt11(): string {
  const d = new Date(Date.now() + 24 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T11:00`;
}

test('the composer with every section filled, and its launch confirm, have no serious accessibility violation', async ({ page, desk }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await importSheet(page, (p) => desk.answerOpenDialog(p), sheetWithAGap(), 'Renewals');

  await page.keyboard.press('Control+N');
  const name = page.getByRole('textbox', { name: 'Campaign name' });
  await expect(name).toBeVisible();
  await name.fill('Renewal reminder');
  await page.getByRole('radio', { name: /^A contact list/ }).check();
  await page.getByLabel('Contact list', { exact: true }).selectOption({ label: 'Renewals (4 valid numbers)' });

  const message = page.getByRole('textbox', { name: 'Message' });
  // The list's columns arrive with its audience check: only then does @@ offer them.
  await expect(page.getByText('Type @@ to use a column: @@First Name, @@City.')).toBeVisible();
  await message.click();
  await message.pressSequentially('Hello @@');
  await expect(page.getByRole('listbox', { name: 'Variables' })).toBeVisible();
  await check(page, 'Composer: variable names after @@', found);
  await page.keyboard.press('Enter');
  await message.pressSequentially(', your plan renews soon. Call us from @@City or @@Branch.');
  await expect(page.getByText('“@@Branch” is not a column of this list')).toBeVisible();

  await page.getByRole('radio', { name: 'An IVR menu' }).check();
  await page.getByRole('radio', { name: 'Calls a minute' }).check();
  await page.getByLabel('Retries', { exact: true }).selectOption({ label: '2 times' });
  await page.getByRole('radio', { name: 'Start later' }).check();
  await page.getByLabel('Starts').fill(tomorrowAt11());
  await page.getByLabel('After each call').fill('http://example.com/calls');
  await page.getByLabel('Custom field').fill('renewals-nov');
  await page.getByRole('button', { name: 'Show them' }).click();
  await expect(page.getByRole('list', { name: 'Contacts with no First Name' })).toBeVisible();
  await page.getByRole('button', { name: '5 random contacts' }).click();
  await expect(page.getByRole('list', { name: 'Random contacts' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'To fix before launch' })).toContainText('@@Branch');
  await check(page, 'Composer: every section filled, one thing to fix', found);

  await message.fill('Hello @@First Name, your plan renews soon. Call us from @@City.');
  await expect(page.getByRole('region', { name: 'To fix before launch' })).toHaveCount(0, { timeout: 20_000 });
  await page.getByLabel('Call me first, on').fill('+91 98765 00000');
  await page.getByRole('button', { name: 'Simulate test call' }).click();
  await expect(page.locator('.test-call-state')).toContainText(/Simulated|Queued|Calling/, { timeout: 20_000 });
  await expect(page.getByLabel('What will happen')).toContainText('4 numbers', { timeout: 20_000 });

  // The pictures show the composer as a user first meets it filled in: the extra lists closed.
  await page.getByRole('button', { name: 'Hide them' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await shoot(page, 'composer', async () => {
    await page.locator('.composer-form').evaluate((form) => form.scrollTo(0, 0));
  });

  await page.getByRole('button', { name: 'Launch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Launch “Renewal reminder”?' });
  await expect(dialog).toContainText('4 numbers');
  await check(page, 'Launch confirm dialog', found);
  await dialog.getByRole('button', { name: 'Launch and call 4 numbers' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Launches on their way' })
      .or(page.getByRole('list', { name: 'Campaigns', exact: true }))
      .first(),
  ).toContainText('Renewal reminder');

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('the follow-up dialog, the drafts list and its delete confirm have no serious accessibility violation', async ({ page }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await page
    .getByRole('list', { name: 'Campaigns', exact: true })
    .getByRole('button', { name: /Demo: feedback calls/ })
    .click();
  await page.getByRole('button', { name: 'Call again those not reached' }).click();
  const followUp = page.getByRole('dialog', { name: /^Call again those not reached by/ });
  await expect(followUp).toBeVisible();
  await expect(followUp.getByText('counting…')).toHaveCount(0, { timeout: 20_000 });
  await check(page, 'Follow-up dialog', found);
  await followUp.getByRole('button', { name: /^Start a draft for/ }).click();
  await expect(page.getByRole('textbox', { name: 'Campaign name' })).toBeVisible();
  await check(page, 'Composer: a follow-up draft', found);

  await page.getByRole('button', { name: '‹ Campaigns' }).click();
  const drafts = page.getByRole('list', { name: 'Drafts' });
  await expect(drafts).toBeVisible();
  await check(page, 'Campaigns with drafts', found);
  await drafts
    .getByRole('button', { name: /^Delete the draft/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: /^Delete the draft/ })).toBeVisible();
  await check(page, 'Delete-draft confirm', found);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});
