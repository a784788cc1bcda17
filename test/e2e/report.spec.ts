import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { CampaignDetailView } from '../../src/shared/campaigns/schemas';
import { check, watchCsp } from './support/axe';
import { expect, test } from './support/desk';

// A calls sync, then the report shown, saved as PDF and read back, on a machine shared with other work.
test.describe.configure({ timeout: 240_000 });

const FINISHED = 'Demo: payment reminder';
const DOCS = resolve(__dirname, '../../docs/screenshots');

const listItem = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Campaigns', exact: true }).getByRole('listitem').filter({ hasText: name });
const detail = (page: Page, name: string) => page.getByRole('article', { name: `Campaign ${name}` });

async function openCampaign(page: Page, name: string): Promise<void> {
  await expect(listItem(page, name)).toBeVisible({ timeout: 60_000 });
  await expect(async () => {
    await listItem(page, name).getByRole('button').click();
    await expect(detail(page, name)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

interface PageApi {
  api: {
    campaigns: {
      list(): Promise<{ ok: boolean; data: { campaigns: { id: string; name: string }[] } }>;
      get(input: { id: string }): Promise<{ ok: boolean; data: CampaignDetailView }>;
      calls(input: { id: string; offset: number; limit: number }): Promise<{ ok: boolean; data: { total: number } }>;
    };
  };
}

/** What main holds for the campaign, read over the page's own bridge: the figures the PDF must carry. */
async function figures(page: Page, name: string) {
  return page.evaluate(async (wanted) => {
    const { api } = window as unknown as PageApi;
    const id = (await api.campaigns.list()).data.campaigns.find((c) => c.name === wanted)?.id ?? '';
    const detail = (await api.campaigns.get({ id })).data;
    const calls = (await api.campaigns.calls({ id, offset: 0, limit: 1 })).data.total;
    return { id, campaign: detail.campaign, calls };
  }, name);
}

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('Save report… shows a finished campaign’s one-page report, which saves as a PDF whose text reads back', async ({ page, desk }) => {
  const refused = watchCsp(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCampaign(page, FINISHED);
  await page.getByRole('button', { name: 'Sync calls' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Reading the calls of/ })
      .last(),
  ).toContainText('finished', { timeout: 90_000 });

  const { id, campaign, calls } = await figures(page, FINISHED);
  expect(calls).toBeGreaterThan(0);
  const stats = campaign.stats!;
  const numbers = Object.values(stats).reduce((sum, n) => sum + n, 0);

  await detail(page, FINISHED).getByRole('button', { name: 'Save report…' }).click();
  const dialog = page.getByRole('dialog', { name: `Report of “${FINISHED}”` });
  const report = dialog.getByRole('article', { name: `Report of ${FINISHED}` });
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(FINISHED);
  const keyNumbers = report.locator('[aria-label="Key numbers"]');
  await expect(keyNumbers).toContainText(`Numbers${numbers}`);
  await expect(keyNumbers).toContainText(`Calls${calls}every attempt`);
  await expect(keyNumbers).toContainText(`Answered${stats.completed}numbers`);
  const found: string[] = [];
  await check(page, 'The report of a finished campaign', found);
  expect(found).toEqual([]);
  // The report stays on white in the dark theme too: it is printed and handed on.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await report.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });

  const file = join(mkdtempSync(join(tmpdir(), 'desk-report-')), 'report.pdf');
  if (desk.target === 'electron') {
    // The desktop app prints its report page in a hidden window and writes the file itself.
    await desk.answerSaveDialog(file);
    await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Report saved as PDF' })).toBeVisible({ timeout: 60_000 });
  } else {
    // The browser prints the same report page that the desktop app prints.
    const sheet = await page.context().newPage();
    await sheet.goto(`${page.url().split('#')[0]}#report=${encodeURIComponent(id)}`);
    await expect(sheet.locator('html[data-report="ready"]')).toBeAttached({ timeout: 30_000 });
    await sheet.emulateMedia({ media: 'print' });
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await sheet.close();
  }

  expect(pdfPages(file)).toBe(1);
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toContain(FINISHED);
  expect(text).toContain((campaign.readViaText ?? '').replace(/\s+/g, ' ').slice(0, 40));
  // The key numbers are read row by row: three names, then their three figures.
  expect(text).toContain(`Numbers Calls Answered ${numbers} ${calls} ${stats.completed} `);
  const notReached = stats.failed + stats.failedDnd + stats.failedNoAttempt + stats.invalid;
  expect(text).toMatch(
    new RegExp(
      `Reach rate Average talk time Not reached ${((stats.completed / numbers) * 100).toFixed(1)}% \\d+ (min \\d+ )?s ${notReached} `,
    ),
  );
  for (const label of ['Created', 'Started', 'Finished', 'Calling hours', 'Rate']) expect(text).toContain(label);
  expect(text).not.toContain('Not finished yet');
  expect(text).toMatch(/Created \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}/);
  expect(refused).toEqual([]);

  // The README's picture of a report page is the PDF itself, drawn.
  execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', file, join(DOCS, 'report-page')]);
});
