import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(process.cwd(), 'scripts', 'ensure-electron.mjs');

/** Runs the prestart step against a stand-in for Electron's installer that behaves as given. */
function runWith(installerBody: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-electron-'));
  const installer = join(dir, 'install.js');
  writeFileSync(installer, installerBody);
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, CAMPAIGN_DESK_ELECTRON_INSTALLER: installer },
  });
  return { status: run.status, stderr: run.stderr };
}

describe('npm start without a downloadable Electron', () => {
  it('prints one plain line instead of the fetch stack, and fails', () => {
    const { status, stderr } = runWith(
      "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13'); process.exit(1);",
    );
    expect(status).not.toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Electron could not be downloaded: check the network or proxy/);
    expect(lines[0]).toContain('npm run build && npm run preview:web');
    expect(stderr).not.toContain('TypeError');
  });

  it('names an installer failure that is not the network in the same one line', () => {
    const { status, stderr } = runWith("console.error('Error: EACCES: permission denied, open dist/version'); process.exit(3);");
    expect(status).toBe(3);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringContaining('Electron could not be installed (Error: EACCES: permission denied'),
    ]);
  });

  it('stays silent and succeeds when Electron is already there', () => {
    const { status, stderr } = runWith('process.exit(0);');
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});
