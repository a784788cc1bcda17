import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { check, nav, shoot, watchCsp } from './support/axe';
import { expect, test } from './support/desk';

const SHEET = resolve(__dirname, '../fixtures/sheets/e2e-damaged.csv');

// axe reads the whole page twice per screen (light and dark): a few seconds each, more on a loaded machine.
test.describe.configure({ timeout: 240_000 });

test('Campaigns, Activity and Accounts have no serious accessibility violation, in light and dark', async ({ page }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const firstCampaign = page.getByRole('list', { name: 'Campaigns' }).getByRole('button').first();
  await expect(firstCampaign).toBeVisible();
  await firstCampaign.click();
  await check(page, 'Campaigns', found);
  await shoot(page, 'campaigns');

  await nav(page, 'Activity');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page, 'Activity', found);

  await nav(page, 'Accounts');
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
  await check(page, 'Accounts', found);
  await shoot(page, 'accounts');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('form', { name: 'Add account' })).toBeVisible();
  await check(page, 'Add account form', found);

  await page.getByRole('button', { name: /^Active account/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check(page, 'Account switcher menu', found);

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('Contacts, the import wizard, a list’s review and its dialogs have no serious accessibility violation', async ({ page, desk }) => {
  const refused = watchCsp(page);
  const found: string[] = [];
  await nav(page, 'Contacts');
  await expect(page.getByRole('button', { name: 'Choose file' }).first()).toBeVisible();
  await check(page, 'Contacts (empty)', found);

  await desk.answerOpenDialog(SHEET);
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await expect(page.getByRole('table', { name: /First rows of e2e-damaged\.csv/ })).toBeVisible();
  await check(page, 'Import: preview', found);
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await expect(page.getByLabel('Phone number column')).toBeVisible();
  await check(page, 'Import: map columns', found);
  await page.getByLabel('List name').fill('Dues November');
  await page.getByRole('button', { name: 'Import and check rows' }).click();

  await expect(page.getByRole('group', { name: 'Row totals' })).toBeVisible({ timeout: 30_000 });
  await check(page, 'Contact list review', found);
  await shoot(page, 'contacts');

  for (const [button, where] of [
    ['Rename', 'Rename dialog'],
    ['Send to Exotel', 'Send dialog'],
    ['Delete', 'Delete confirmation'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, where, found);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  expect(found).toEqual([]);
  expect(refused).toEqual([]);
});

test('the keyboard reaches every part of the window, with a visible focus ring', async ({ page }) => {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const seen = new Set<string>();
  const unringed: string[] = [];
  // Round the whole window once: Tab until the status bar has been reached (each campaign adds its own stops).
  for (let i = 0; i < 150 && !seen.has('footer'); i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ringed = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const region = el.closest('nav, main, footer, header, aside')?.tagName.toLowerCase() ?? 'other';
      return {
        name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        ringed,
        region,
      };
    });
    if (!focused) continue;
    seen.add(focused.region);
    if (!focused.ringed) unringed.push(focused.name);
  }
  expect(unringed).toEqual([]);
  expect([...seen]).toEqual(expect.arrayContaining(['nav', 'main', 'footer']));

  // Enter on a focused rail button moves to its screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('button', { name: 'Add account' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Add account' })).toBeVisible();
});

/** What has the focus now, and whether it shows a ring a sighted keyboard user can follow. */
async function focusedNow(page: Page): Promise<{ name: string; ringed: boolean } | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ringed = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return { name: `${el.tagName.toLowerCase()} "${label.trim().slice(0, 40)}"`, ringed };
  });
}

/** Presses Tab until `target` has the focus, noting every stop that shows no ring; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, unringed: string[], most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedNow(page);
    if (focused && !focused.ringed) unringed.push(focused.name);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${most} presses of Tab never reached ${target.toString()}`);
}

test('a campaign is written and launched with the keyboard alone, every stop with a visible focus ring', async ({ page }) => {
  const unringed: string[] = [];
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.keyboard.press('Control+N');
  const name = page.getByRole('textbox', { name: 'Campaign name' });
  await expect(name).toBeVisible();

  await tabTo(page, name, unringed);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard only');
  // A new campaign starts on typed numbers: the audience is two lines typed in.
  await tabTo(page, page.getByLabel('Numbers, one a line (at most 5,000)'), unringed);
  await page.keyboard.type('98765 43210\n98450 12345');
  await tabTo(page, page.getByRole('textbox', { name: 'Message' }), unringed);
  await page.keyboard.type('Hello, your branch opens on Monday.');
  // A radio group is one stop: the arrows choose within it.
  await tabTo(page, page.getByRole('radio', { name: 'Automatic' }), unringed);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Calls a minute' })).toBeChecked();
  await tabTo(page, page.getByRole('spinbutton', { name: 'Calls a minute' }), unringed);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await expect(page.getByLabel('What will happen')).toContainText('2 numbers', { timeout: 20_000 });
  await expect(page.getByLabel('What will happen')).toContainText('30 calls a minute');

  const launch = page.getByRole('button', { name: 'Launch…' });
  await expect(launch).toBeEnabled({ timeout: 20_000 });
  await tabTo(page, launch, unringed);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Launch “Keyboard only”?' });
  await expect(dialog).toBeVisible();
  // Focus starts on Cancel, so a hurried Enter never launches; one Tab on is the launch itself.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await tabTo(page, dialog.getByRole('button', { name: 'Launch and call 2 numbers' }), unringed, 2);
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('list', { name: 'Launches on their way' })
      .or(page.getByRole('list', { name: 'Campaigns', exact: true }))
      .first(),
  ).toContainText('Keyboard only');
  expect(unringed).toEqual([]);
});
