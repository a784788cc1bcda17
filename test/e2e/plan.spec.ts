import type { Page } from '@playwright/test';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxServer } from '../../src/main/sandbox';
import { check, shoot } from './support/axe';
import { expect, test } from './support/desk';
import { addSimulatorAccount } from './support/simulator-account';

// A campaign bigger than a day's calling hours, from the composer to its days on Exotel.
test.describe.configure({ timeout: 240_000 });

const NAME = 'Dues December';
/** At one call a minute in ten minutes of calling hours, a day takes 9 numbers (0.9 of 10): 25 make 3 days. */
const NUMBERS = Array.from({ length: 25 }, (_, i) => `98${String(41_000_000 + i * 3319).slice(-8)}`);

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

test.describe('a plan of daily runs', () => {
  let server: SandboxServer;
  let sandbox: Sandbox;
  test.beforeAll(async () => {
    sandbox = new Sandbox({
      seed: 53,
      accountSid: 'planops',
      apiKey: 'key-plan',
      apiToken: `tok-${Date.now()}`,
      speed: 0,
      dialect: dialectFromEnv(process.env),
    });
    server = await startSandboxServer(sandbox);
  });
  test.afterAll(async () => server.close());

  test('numbers beyond a day’s calling hours are planned over three days and launched as one campaign a day', async ({ page }) => {
    const found: string[] = [];
    await page.setViewportSize({ width: 1366, height: 768 });
    await addSimulatorAccount(page, 'Plan Ops', sandbox, server.url);

    await nav(page, 'Campaigns');
    await page.keyboard.press('Control+N');
    await page.getByRole('textbox', { name: 'Campaign name' }).fill(NAME);
    await page.getByRole('radio', { name: /Numbers I type/ }).check();
    await page
      .locator('textarea')
      .and(page.getByLabel(/Numbers/))
      .fill(NUMBERS.join('\n'));
    await page.getByRole('textbox', { name: 'Message' }).fill('Your dues for December are waiting. Press 1 to pay now.');
    await page.getByRole('button', { name: 'Narrow the hours for this campaign' }).click();
    await page.getByLabel('Calls from').fill('10:00');
    await page.getByLabel('Until').fill('10:10');
    await page.getByRole('radio', { name: 'Calls a minute' }).check();
    await page.getByRole('spinbutton', { name: 'Calls a minute' }).fill('1');

    const summary = page.getByLabel('What will happen');
    const choice = page.getByRole('radiogroup', { name: 'More numbers than one day’s calling hours take' });
    await expect(choice).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('radio', { name: /Carry on over the next calling days/ })).toBeChecked();
    await expect(summary).toContainText(
      /3 days: \w{3} \d{1,2} \w{3} 10:00–10:10 IST, 9 numbers; \w{3} \d{1,2} \w{3}, 9; \w{3} \d{1,2} \w{3}, 7/,
    );
    await expect(summary).toContainText('on day 3 of 3');
    await check(page, 'Composer: the launch summary with a plan of daily runs', found);
    // The pictures show the summary, not the notices of adding the account.
    const dismiss = page.getByRole('button', { name: /^Dismiss: / });
    while ((await dismiss.count()) > 0)
      await dismiss
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    await shoot(page, 'launch-plan', async () => {
      await choice.scrollIntoViewIfNeeded();
    });

    await page.getByRole('button', { name: 'Launch…' }).click();
    const dialog = page.getByRole('dialog', { name: `Launch “${NAME}”?` });
    await expect(dialog).toContainText('25 numbers');
    await dialog.getByRole('button', { name: /^Launch and call 25 numbers/ }).click();

    // One campaign a day on Exotel, each with its share of the numbers, inside that day's hours and no later.
    const days = () =>
      sandbox
        .snapshot()
        .campaigns.filter((c) => c.settings.name.startsWith(`${NAME} · day `))
        .sort((a, b) => a.settings.name.localeCompare(b.settings.name));
    await expect.poll(() => days().length, { timeout: 90_000 }).toBe(3);
    expect(days().map((c) => c.settings.name)).toEqual([1, 2, 3].map((k) => `${NAME} · day ${k} of 3`));
    expect(days().map((c) => c.settings.from?.length)).toEqual([9, 9, 7]);
    expect(new Set(days().flatMap((c) => c.settings.from ?? [])).size).toBe(NUMBERS.length);
    for (const c of days()) {
      const endAt = new Date(c.settings.end_at);
      expect(c.settings.end_at - c.settings.send_at).toBeLessThanOrEqual(10 * 60_000);
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit' }).format(endAt)).toBe(
        '10:10',
      );
    }
    expect(found).toEqual([]);
  });
});
