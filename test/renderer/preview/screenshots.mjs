// Builds nothing: run `npx vite build --config test/renderer/preview/vite.config.mjs` first.
// Usage: node test/renderer/preview/screenshots.mjs [outDir]
// Walks the main screens in both colour schemes at 1280x800 and 1366x768 and saves PNGs.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const outDir = process.argv[2] ?? '/tmp/desk-shots';
const only = process.env.SCENES ? process.env.SCENES.split(',') : null;
mkdirSync(outDir, { recursive: true });

const server = await preview({
  configFile: new URL('./vite.config.mjs', import.meta.url).pathname,
  preview: { port: Number(process.env.DESK_PREVIEW_PORT ?? 5199), host: '127.0.0.1', strictPort: true },
});
const base = `http://127.0.0.1:${server.config.preview.port}/`;

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

const nav = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

const scenes = {
  'campaigns-empty': async () => {},
  review: async (page) => {
    await nav(page, 'Contacts');
    await page.getByRole('button', { name: /November dues/ }).click();
    await page
      .getByRole('table', { name: /Rows of/ })
      .getByRole('row')
      .nth(5)
      .waitFor();
  },
  'review-invalid': async (page) => {
    await scenes.review(page);
    await page.getByRole('button', { name: /^Invalid/ }).click();
    await page.waitForTimeout(300);
  },
  'review-scrolled': async (page) => {
    await scenes.review(page);
    await page.getByRole('table', { name: /Rows of/ }).evaluate((el) => el.scrollTo({ top: 32 * 50_000 }));
    await page.waitForTimeout(500);
  },
  accounts: async (page) => {
    await nav(page, 'Accounts');
    await page
      .getByRole('button', { name: /Acme Collections/ })
      .first()
      .click();
  },
  'account-add-errors': async (page) => {
    await nav(page, 'Accounts');
    await page.getByRole('button', { name: 'Add account' }).first().click();
    await page.getByLabel('Account SID').fill('acme coll!');
    await page.getByRole('button', { name: 'Add account' }).last().click();
    await page.waitForTimeout(200);
  },
  'account-edit': async (page) => {
    await scenes.accounts(page);
    await page.getByRole('button', { name: 'Edit' }).click();
  },
  'account-remove': async (page) => {
    await scenes.accounts(page);
    await page.getByRole('button', { name: 'Remove' }).click();
  },
  'switcher-menu': async (page) => {
    await page.getByRole('button', { name: /Active account/ }).click();
  },
  'import-choose': async (page) => {
    await nav(page, 'Contacts');
    await page.getByRole('button', { name: 'Import a sheet' }).click();
  },
  'import-preview': async (page) => {
    await scenes['import-choose'](page);
    await page.getByRole('button', { name: 'Choose file' }).click();
    await page.getByLabel('Separator').waitFor();
  },
  'import-preview-comma': async (page) => {
    await scenes['import-preview'](page);
    await page.getByLabel('Separator').selectOption(',');
    await page.waitForTimeout(200);
  },
  'import-map': async (page) => {
    await scenes['import-preview'](page);
    await page.getByRole('button', { name: 'Next: map columns' }).click();
  },
  'import-map-errors': async (page) => {
    await scenes['import-map'](page);
    await page.getByLabel('Variable name for “City”').fill('2city');
    await page.getByLabel('Variable name for “Agent”').fill('name');
    await page.getByRole('button', { name: 'Import and check rows' }).click();
  },
  'import-running': async (page) => {
    await scenes['import-map'](page);
    await page.getByRole('button', { name: 'Import and check rows' }).click();
    await page.waitForTimeout(1300);
  },
  'import-review': async (page) => {
    await scenes['import-map'](page);
    await page.getByRole('button', { name: 'Import and check rows' }).click();
    await page.getByRole('heading', { name: 'november-dues' }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
  },
  send: async (page) => {
    await scenes.review(page);
    await page.getByRole('button', { name: 'Send to Exotel' }).click();
  },
  'send-running': async (page) => {
    await scenes.send(page);
    await page.getByRole('button', { name: /^Send [\d,]+ numbers/ }).click();
    await page.waitForTimeout(1400);
  },
  'send-done': async (page) => {
    await scenes.send(page);
    await page.getByRole('button', { name: /^Send [\d,]+ numbers/ }).click();
    await page.getByRole('heading', { name: 'Sent to Exotel' }).waitFor({ timeout: 15000 });
  },
  'delete-confirm': async (page) => {
    await scenes.review(page);
    await page.getByRole('button', { name: 'Delete' }).click();
  },
  activity: async (page) => {
    await nav(page, 'Activity');
  },
  'first-run-contacts': { query: '?empty', run: async (page) => nav(page, 'Contacts') },
  'first-run-activity': { query: '?empty', run: async (page) => nav(page, 'Activity') },
  'keychain-locked': { query: '?locked', run: async (page) => nav(page, 'Accounts') },
  offline: { query: '?offline', run: async (page) => scenes.send(page) },
};

let failures = 0;
for (const scheme of ['light', 'dark']) {
  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ]) {
    const context = await browser.newContext({
      viewport: { width, height },
      colorScheme: scheme,
      locale: 'en-IN',
      timezoneId: 'Asia/Kolkata',
    });
    for (const [name, scene] of Object.entries(scenes)) {
      if (only && !only.includes(name)) continue;
      const { query = '', run } = typeof scene === 'function' ? { run: scene } : scene;
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        await page.goto(base + query);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await run(page);
        await page.screenshot({ path: `${outDir}/${name}-${scheme}-${width}.png` });
      } catch (error) {
        failures++;
        console.error(`${name} ${scheme} ${width}: ${error.message.split('\n')[0]}`);
      }
      if (errors.length) console.error(`${name} ${scheme} ${width} console: ${errors.join(' | ')}`);
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${outDir}${failures ? `, ${failures} scenes failed` : ''}`);
process.exit(failures ? 1 : 0);
