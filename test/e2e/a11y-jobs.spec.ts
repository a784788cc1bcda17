import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/desk';
import { check, nav, watchCsp } from './support/axe';

// Each test runs a job (an import, a send) and reads the page with axe while it runs or once it ended.
test.describe.configure({ timeout: 110_000 });

/** Folders of generated sheets, removed after each test: the big one takes a few hundred megabytes. */
const made: string[] = [];
test.afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SMALL = resolve(__dirname, '../fixtures/sheets/e2e-first-name.csv');

/**
 * A sheet big enough that its import still runs between the steps around the check: the import reads about a
 * million rows a second, and it is cancelled as soon as the check is done, so little of it is ever read.
 */
async function bigSheet(dir: string, rows: number): Promise<string> {
  const path = join(dir, 'big-leads.csv');
  const out = createWriteStream(path);
  const write = (text: string) => new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', done)));
  await write('Name,Mobile,City\n');
  const CHUNK = 10_000;
  for (let from = 0; from < rows; from += CHUNK) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(rows, from + CHUNK); i++) lines.push(`Person ${i},9${String(800_000_000 + i).padStart(9, '0')},Pune\n`);
    await write(lines.join(''));
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  return path;
}

test('an import while it runs and once cancelled has no serious accessibility violation', async ({ page, desk }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await nav(page, 'Contacts');
  const dir = mkdtempSync(join(tmpdir(), 'a11y-jobs-'));
  made.push(dir);
  await desk.answerOpenDialog(await bigSheet(dir, 6_000_000));
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await page.getByLabel('List name').fill('Big leads');
  await page.getByRole('button', { name: 'Import and check rows' }).click();

  const cancel = page.getByRole('main').getByRole('button', { name: 'Cancel Importing big-leads.csv' });
  await expect(cancel).toBeVisible();
  // Held while axe reads it: on a busy machine the whole sheet could otherwise be read before the check ends.
  await desk.holdingJobs(() => check(page, 'Import: running', found));
  // The check must have seen the running step, not the review after it.
  await expect(cancel).toBeVisible();
  await cancel.click();
  // A cancelled import keeps nothing and goes back to the columns, saying so.
  await expect(page.getByText('Import cancelled: no list was saved.')).toBeVisible({ timeout: 30_000 });
  await check(page, 'Import: cancelled, back at the columns', found);

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('a list’s column picker and the Send dialog once sent have no serious accessibility violation', async ({ page, desk }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await nav(page, 'Contacts');
  await desk.answerOpenDialog(SMALL);
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await page.getByLabel('List name').fill('First names');
  await page.getByRole('button', { name: 'Import and check rows' }).click();
  await expect(page.getByRole('group', { name: 'Row totals' }).getByRole('button', { name: /^Valid/ })).toContainText('3', {
    timeout: 60_000,
  });

  await page.getByText(/^Columns \(\d+ of \d+ shown\)$/).click();
  const picker = page.getByRole('group', { name: 'Columns to show' });
  await expect(picker).toBeVisible();
  await picker.getByRole('checkbox', { name: 'City' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'City' })).toHaveCount(0);
  await check(page, 'Review: column picker open', found);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Send to Exotel', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Send 3 numbers' }).click();
  await expect(page.getByRole('dialog', { name: 'Sent to Exotel' })).toBeVisible({ timeout: 60_000 });
  await check(page, 'Send dialog: sent', found);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});
