import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './support/desk';
import type { Page } from '@playwright/test';

const SHEET = resolve(__dirname, '../fixtures/sheets/e2e-damaged.csv');

async function importDamagedSheet(page: Page, answerOpen: (p: string) => Promise<void>, listName: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
  await answerOpen(SHEET);
  await page.getByRole('button', { name: 'Choose file' }).first().click();

  // What the app understood: the byte-order mark is gone and the semicolons were found.
  await expect(page.getByLabel('Separator')).toHaveValue(';');
  await expect(page.getByRole('table', { name: /First rows of e2e-damaged\.csv/ })).toContainText('Customer Name');
  await page.getByRole('button', { name: 'Next: map columns' }).click();

  await expect(page.getByLabel('Phone number column')).toHaveValue('1');
  await page.getByLabel('List name').fill(listName);
  await page.getByRole('button', { name: 'Import and check rows' }).click();
}

async function expectCounts(page: Page): Promise<void> {
  const totals = page.getByRole('group', { name: 'Row totals' });
  await expect(totals.getByRole('button', { name: /^All rows/ })).toContainText('9');
  await expect(totals.getByRole('button', { name: /^Valid/ })).toContainText('5');
  await expect(totals.getByRole('button', { name: /^Invalid/ })).toContainText('3');
  await expect(totals.getByRole('button', { name: /^Duplicate/ })).toContainText('1');
}

test('import a damaged sheet, review it, export its problems, and find it again after a restart', async ({ page, desk }) => {
  await importDamagedSheet(page, (p) => desk.answerOpenDialog(p), 'Dues November');
  await expectCounts(page);

  const totals = page.getByRole('group', { name: 'Row totals' });
  await totals.getByRole('button', { name: /^Invalid/ }).click();
  const table = page.getByRole('table', { name: /^Rows of Dues November/ });
  await expect(table).toContainText('Excel');
  await expect(table).not.toContainText('Tanvi Joshi');
  await totals.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(table).toContainText('Duplicate Asha');

  const problems = join(desk.userDataDir, 'problems.csv');
  await desk.answerSaveDialog(problems);
  await page.getByRole('button', { name: /^Export problems/ }).click();
  // The toast can show before the file is closed; wait for the file rather than fail on its absence.
  await expect
    .poll(() => (existsSync(problems) ? readFileSync(problems, 'utf8').split('\r\n').filter(Boolean).length : 0), { timeout: 10_000 })
    .toBe(5);
  const csv = readFileSync(problems, 'utf8');
  expect(csv.startsWith('\uFEFFRow,Status,Problem')).toBe(true);
  expect(csv).toContain('Excel Lost');
  expect(csv).toContain('Duplicate Asha');

  const again = await desk.restart();
  await again.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
  await again
    .getByRole('list', { name: 'Contact lists' })
    .getByRole('button', { name: /Dues November/ })
    .click();
  await expectCounts(again);
});

for (const type of ['Static', 'Dynamic'] as const) {
  test(`send a list to the Sandbox as a ${type.toLowerCase()} list`, async ({ page, desk }) => {
    await importDamagedSheet(page, (p) => desk.answerOpenDialog(p), `Send ${type}`);
    await expectCounts(page);
    await page.getByRole('button', { name: 'Send to Exotel' }).click();
    const dialog = page.getByRole('dialog', { name: `Send “Send ${type}” to Exotel` });
    await dialog.getByRole('radio', { name: new RegExp(`${type} list`) }).check();
    await dialog.getByRole('button', { name: /^Send 5 numbers$/ }).click();
    const result = page.getByRole('dialog', { name: 'Sent to Exotel' });
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.getByRole('status')).toContainText(/Accepted\s*5\s*Duplicates\s*0\s*Failed\s*0/);
    await expect(result).toContainText(`the ${type.toLowerCase()} Exotel list of “Send ${type}”`);
    await expect(result).toContainText(/Exotel’s ID for this list, if you pick it by ID in a campaign: [0-9a-f]{32}/);
  });
}
