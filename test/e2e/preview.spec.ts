import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './support/target';

const ROOT = resolve(__dirname, '../..');
const SHEET = resolve(__dirname, '../fixtures/sheets/e2e-damaged.csv');

// `npm run preview:web` is a browser app whatever the suite's target: Chromium opens it.
test.use({ launchOptions: chromiumLaunchOptions() });

let preview: ChildProcess | null = null;
test.afterEach(async () => {
  if (!preview || preview.exitCode !== null) return;
  const exited = new Promise((done) => preview?.once('exit', done));
  preview.kill('SIGTERM');
  await exited;
  preview = null;
});

/** Starts the preview as a user does (no test controls) and returns the address it prints. */
async function startPreview(): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/preview-web.ts'), '--user-data', mkdtempSync(join(tmpdir(), 'desk-preview-'))],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  preview = child;
  return new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PREVIEW_URL=(\S+)/.exec(out);
      if (match) done(match[1]!);
    });
    child.once('exit', (code) => fail(new Error(`preview exited with ${code} before it started`)));
  });
}

test('preview is a complete app: Choose file opens the browser’s chooser, and Export problems downloads the file', async ({ page }) => {
  await page.goto(await startPreview());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file' }).first().click();
  await (await chooser).setFiles(SHEET);
  // The file keeps its own name: no prefix from the host.
  await expect(page.getByRole('table', { name: 'First rows of e2e-damaged.csv' })).toContainText('Customer Name');
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await page.getByLabel('List name').fill('Preview dues');
  await page.getByRole('button', { name: 'Import and check rows' }).click();
  await expect(page.getByRole('group', { name: 'Row totals' }).getByRole('button', { name: /^Invalid/ })).toContainText('3');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export problems/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Preview dues - problems.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFRow,Status,Problem')).toBe(true);
  expect(csv).toContain('Excel Lost');
  // The window names the file as the browser saved it, not the host's folder.
  await expect(page.getByText('Preview dues - problems.csv')).toBeVisible();
});
