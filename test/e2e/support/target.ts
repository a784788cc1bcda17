import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type E2eTarget = 'electron' | 'web';

/**
 * The Electron binary's path when one has been downloaded, else null. Never `require('electron')` to find out:
 * from Electron 42 on, that starts a download when the binary is missing.
 */
export function electronBinary(): string | null {
  try {
    const pkg = dirname(createRequire(__filename).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * One set of specs, two targets: real Electron where its binary exists (laptops), else the built renderer in
 * Chromium against the loopback host. E2E_TARGET forces one.
 */
export function e2eTarget(): E2eTarget {
  const forced = process.env.E2E_TARGET;
  if (forced === 'electron' || forced === 'web') return forced;
  return electronBinary() ? 'electron' : 'web';
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium where it is installed (no browser downloads on the build machines), else Playwright's own. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(system) ? { executablePath: system, args: CHROMIUM_ARGS } : { args: [] };
}
