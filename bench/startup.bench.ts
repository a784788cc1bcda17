import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/e2e/support/target';

/**
 * `npm run bench:startup`: the built renderer in Chromium against the web host (the same registry and
 * services as the app), from navigation to the Campaigns screen's first meaningful paint: the screen
 * drawn with the account's campaigns (or what to do when there are none), not a loading line. Each run
 * uses a fresh browser context, so nothing comes from a cache. Beside it, the JavaScript the page
 * fetched before that paint, gzipped as it would travel. The last line is
 * `{"first_screen_ms":N,"initial_js_kb_gz":N}`, both medians over the runs.
 */

const ROOT = resolve(__dirname, '..');
const RENDERER = join(ROOT, 'out/renderer');
const RUNS = 7;

/** Set in the page: the moment after the frame in which the Campaigns screen first showed its content. */
const MARK_SCRIPT = `(() => {
  const ready = () => {
    const page = document.querySelector('.cm-page');
    if (!page || !page.querySelector('.cm-master h1')) return false;
    const pane = page.querySelector('.pane');
    return !!pane && pane.textContent.trim() !== '' && !/Loading campaigns/.test(pane.textContent);
  };
  const seen = () => requestAnimationFrame(() => setTimeout(() => { window.__firstScreen = performance.now(); }, 0));
  const watch = new MutationObserver(() => {
    if (!ready()) return;
    watch.disconnect();
    seen();
  });
  document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true, characterData: true }));
})();`;

interface Run {
  firstScreenMs: number;
  scripts: string[];
}

async function main(): Promise<void> {
  // The host reads the keychain as the app does: on Linux without a session bus, run inside a throw-away keyring.
  if (process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS) {
    const inner = spawnSync(
      'bash',
      [join(ROOT, 'scripts/with-keyring.sh'), process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)],
      {
        stdio: 'inherit',
      },
    );
    process.exit(inner.status ?? 1);
  }
  ensureBuilt();
  const userData = mkdtempSync(join(tmpdir(), 'campaign-desk-startup-'));
  const host = await startHost(userData);
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    // One untimed load: the host's first answers (opening the database, the Sandbox) are not the page's.
    await measure(browser, host.url);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, host.url));
    const kb = runs.map((r) => gzippedKb(r.scripts));
    const ms = runs.map((r) => r.firstScreenMs);
    const first = runs[0];
    console.log(
      `scripts before the first screen: ${first ? first.scripts.map((s) => `${s} ${gzippedKb([s]).toFixed(1)} KB`).join(', ') : 'none'}`,
    );
    console.log(`first screen ${ms.map((m) => Math.round(m)).join('/')} ms over ${RUNS} fresh browser contexts`);
    console.log(JSON.stringify({ first_screen_ms: Math.round(median(ms)), initial_js_kb_gz: Math.round(median(kb)) }));
  } finally {
    await browser.close();
    await host.stop();
    rmSync(userData, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(MARK_SCRIPT);
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __firstScreen?: number }).__firstScreen === 'number', null, {
      timeout: 30_000,
    });
    return await page.evaluate(() => {
      const mark = (window as unknown as { __firstScreen: number }).__firstScreen;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < mark && new URL(e.name).pathname.endsWith('.js') && !new URL(e.name).pathname.startsWith('/__host/'))
        .map((e) => new URL(e.name).pathname);
      return { firstScreenMs: mark, scripts };
    });
  } finally {
    await context.close();
  }
}

function gzippedKb(paths: string[]): number {
  let bytes = 0;
  for (const path of new Set(paths)) bytes += gzipSync(readFileSync(join(RENDERER, path))).length;
  return bytes / 1024;
}

function ensureBuilt(): void {
  if (existsSync(join(RENDERER, 'index.html')) && process.argv.includes('--no-build')) return;
  // Always measure the renderer as the sources stand now, not an older build.
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('The build failed: run `npx electron-vite build` to see why.');
}

async function startHost(userData: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/web-host/cli.ts'), '--user-data', userData], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /HOST_URL=(\S+)/.exec(out);
      if (match?.[1]) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`The web host exited with ${code} before it started.`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
