import type { Page } from '@playwright/test';
import { check, nav, watchCsp } from './support/axe';
import { expect, test } from './support/desk';

// A campaign's actions, several campaigns at once, their confirms and the two ways of editing, on the Sandbox.
test.describe.configure({ timeout: 110_000 });

const RUNNING = 'Demo: service outage update';
const PAUSED = 'Demo: feedback calls';
const SCHEDULED = 'Demo: festival greetings';

const listItem = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Campaigns', exact: true }).getByRole('listitem').filter({ hasText: name });
const detail = (page: Page, name: string) => page.getByRole('article', { name: `Campaign ${name}` });
const actions = (page: Page, name: string) => page.getByRole('group', { name: `Act on “${name}”` });

async function openCampaign(page: Page, name: string): Promise<void> {
  await expect(listItem(page, name)).toBeVisible({ timeout: 60_000 });
  await expect(async () => {
    await listItem(page, name).getByRole('button').click();
    await expect(detail(page, name)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

test('a campaign’s actions, several campaigns selected, the Complete and Delete confirms and both edits have no serious accessibility violation', async ({
  page,
}) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await nav(page, 'Campaigns');

  await openCampaign(page, RUNNING);
  await expect(actions(page, RUNNING).getByRole('button', { name: 'Pause' })).toBeVisible();
  await check(page, 'Campaign detail with its actions', found);

  await listItem(page, RUNNING).getByRole('checkbox').check();
  await listItem(page, PAUSED).getByRole('checkbox').check();
  await expect(page.getByText('2 campaigns selected')).toBeVisible();
  await check(page, 'Two campaigns selected', found);
  await listItem(page, RUNNING).getByRole('checkbox').uncheck();
  await listItem(page, PAUSED).getByRole('checkbox').uncheck();

  await openCampaign(page, PAUSED);
  await actions(page, PAUSED).getByRole('button', { name: 'Complete…' }).click();
  await expect(page.getByRole('dialog', { name: `Complete “${PAUSED}”?` })).toBeVisible();
  await check(page, 'Complete confirm', found);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openCampaign(page, SCHEDULED);
  await actions(page, SCHEDULED).getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('dialog', { name: `Delete “${SCHEDULED}”?` })).toBeVisible();
  await check(page, 'Delete confirm', found);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Before its start: the composer, saving changes instead of launching.
  await detail(page, SCHEDULED).getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel(`Edit campaign “${SCHEDULED}”`)).toBeVisible({ timeout: 20_000 });
  await check(page, 'Edit before the start (composer)', found);
  await page.getByRole('button', { name: '‹ Campaigns' }).click();

  // After it: only the report addresses.
  await openCampaign(page, RUNNING);
  await detail(page, RUNNING).getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog', { name: `Report addresses of “${RUNNING}”` })).toBeVisible({ timeout: 20_000 });
  await check(page, 'Edit after the start (report addresses)', found);
  await page.keyboard.press('Escape');

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});
