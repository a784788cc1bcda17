// Usage: npx vite build --config test/renderer/campaigns/preview/vite.config.mjs && node test/renderer/campaigns/preview/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const outDir = process.argv[2] ?? '/tmp/monitor-shots';
mkdirSync(outDir, { recursive: true });
const server = await preview({ configFile: new URL('./vite.config.mjs', import.meta.url).pathname });
const base = 'http://127.0.0.1:5211/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const scenes = [
  ['monitor', '', null],
  [
    'monitor-failed',
    '',
    async (page) =>
      page
        .getByRole('list', { name: 'Numbers by outcome' })
        .getByRole('button', { name: /Failed/ })
        .click(),
  ],
  ['monitor-paused', '', async (page) => page.getByRole('button', { name: /feedback calls/ }).click()],
  ['monitor-offline', '?offline', null],
  ['monitor-empty', '?empty', null],
];
for (const [width, height] of [
  [1280, 800],
  [1366, 768],
]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, timezoneId: 'Asia/Kolkata' });
    for (const [name, query, act] of scenes) {
      const page = await context.newPage();
      await page.goto(base + query);
      await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
      await page.waitForTimeout(700);
      if (act) {
        await act(page);
        await page.waitForTimeout(500);
      }
      await page.screenshot({ path: `${outDir}/${name}-${width}x${height}-${scheme}.png` });
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.httpServer.close();
console.log(`saved to ${outDir}`);
