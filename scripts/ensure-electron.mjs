#!/usr/bin/env node
// Runs Electron's own installer before `npm start` / `npm run dev`. When the download fails the installer
// ends in a raw stack trace ("TypeError: fetch failed") that tells a user nothing; this prints one line
// that says what happened and what still works, and exits non-zero so npm stops before electron-vite.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const NETWORK_SIGNS =
  /fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|certificate|HTTPError|status code|proxy/i;

export const DOWNLOAD_FAILED =
  'Electron could not be downloaded: check the network or proxy (HTTPS_PROXY, ELECTRON_MIRROR) and try again. ' +
  'Meanwhile `npm run build && npm run preview:web` shows the app in a browser.';

/** The one line to print for a failed install, from what the installer wrote to stderr. */
export function explainFailure(stderr) {
  if (NETWORK_SIGNS.test(stderr)) return DOWNLOAD_FAILED;
  const first =
    stderr
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? 'no details';
  return `Electron could not be installed (${first}). Meanwhile \`npm run build && npm run preview:web\` shows the app in a browser.`;
}

function installerPath() {
  if (process.env.CAMPAIGN_DESK_ELECTRON_INSTALLER) return process.env.CAMPAIGN_DESK_ELECTRON_INSTALLER;
  return createRequire(import.meta.url).resolve('electron/install.js');
}

function main() {
  const run = spawnSync(process.execPath, [installerPath()], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (run.status === 0) return 0;
  const stderr = `${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  console.error(explainFailure(stderr));
  return run.status && run.status > 0 ? run.status : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
