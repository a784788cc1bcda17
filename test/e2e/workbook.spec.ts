import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeWorkbook } from '../support/workbook-maker';
import { check } from './support/axe';
import { expect, test } from './support/desk';

// A workbook imported and a campaign launched from it, on a machine shared with other work.
test.describe.configure({ timeout: 240_000 });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

/** A workbook as staff get one: a notes sheet first, then two sheets of contacts with numbers typed as numbers. */
async function dueWorkbook(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'campaign-desk-e2e-workbook-')), 'December dues.xlsx');
  await makeWorkbook(path, [
    { name: 'Read me', rows: [['Fill in the monthly sheets']] },
    {
      name: 'November',
      rows: [
        ['First Name', 'Phone', 'Amount'],
        ['Old', 9000000001, { value: 1, numFmt: '0.00' }],
      ],
    },
    {
      name: 'December',
      rows: [
        ['First Name', 'Phone', 'Amount'],
        ['Asha', 9876543210, { value: 503.25, numFmt: '0.00' }],
        ['Bilal', 919812345678, { value: 1200, numFmt: '#,##0.00' }],
        ['Chitra', 9123456780, { value: 75.5, numFmt: '0.00' }],
      ],
    },
  ]);
  return path;
}

test('an Excel workbook: its sheets listed, another chosen, imported, and a campaign launched from it', async ({ page, desk }) => {
  await nav(page, 'Contacts');
  await desk.answerOpenDialog(await dueWorkbook());
  await page.getByRole('button', { name: 'Choose file' }).first().click();

  const sheets = page.getByRole('radiogroup', { name: 'Sheet' });
  await expect(sheets.getByRole('radio', { name: /November/ })).toBeChecked();
  await expect(sheets).toContainText('Read me1 row');
  await expect(sheets).toContainText('December4 rows');
  await sheets.getByRole('radio', { name: /December/ }).click();
  await expect(sheets.getByRole('radio', { name: /December/ })).toBeChecked();
  const preview = page.getByRole('table', { name: /First rows of December dues\.xlsx/ });
  // Cells as Excel shows them: every digit of a number, an amount in its format.
  await expect(preview).toContainText('919812345678');
  await expect(preview).toContainText('1,200.00');
  await expect(preview).not.toContainText('Old');
  // The sheet choice is read out and has its contrast in both themes.
  const found: string[] = [];
  await check(page, 'a workbook’s preview with its sheets', found);
  expect(found).toEqual([]);

  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await expect(page.getByLabel('Phone number column')).toHaveValue('1');
  await page.getByLabel('List name').fill('December dues');
  await page.getByRole('button', { name: 'Import and check rows' }).click();
  const totals = page.getByRole('group', { name: 'Row totals' });
  await expect(totals.getByRole('button', { name: /^Valid/ })).toContainText('3', { timeout: 60_000 });
  await expect(totals.getByRole('button', { name: /^All rows/ })).toContainText('3');

  await page.getByRole('button', { name: 'Start a campaign with these contacts' }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.click();
  await message.pressSequentially('Hello @@First Name, please pay @@Amount');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('December dues reminder');
  await expect(page.getByLabel('Message for this contact')).toHaveText('Hello Asha, please pay 503.25');

  const launch = page.getByRole('button', { name: 'Launch…' });
  await expect(launch).toBeEnabled({ timeout: 20_000 });
  await launch.click();
  const dialog = page.getByRole('dialog', { name: 'Launch “December dues reminder”?' });
  await expect(dialog).toContainText('3 numbers');
  await dialog.getByRole('button', { name: 'Launch and call 3 numbers' }).click();
  const launched = page.getByRole('list', { name: 'Launches on their way' }).or(page.getByRole('list', { name: 'Campaigns', exact: true }));
  await expect(launched.first()).toContainText('December dues reminder', { timeout: 30_000 });
});
