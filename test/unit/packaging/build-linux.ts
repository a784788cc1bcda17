import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeStandInElectron } from './stand-in-electron';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '../../..');

export interface LinuxBuild {
  outDir: string;
  /** The unpacked app: what every Linux target packs. */
  appDir: string;
  resources: string;
  deb: string;
}

/**
 * Builds the real electron-builder.yml for Linux (the unpacked app and the .deb) offline: Electron is the
 * stand-in, fpm is scripts/fpm-dpkg.mjs. The app's bundles come from `electron-vite build`.
 */
export async function buildLinux(): Promise<LinuxBuild> {
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/main/import-worker.js'))) {
    await run(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT });
  }
  const work = mkdtempSync(join(tmpdir(), 'campaign-desk-pack-'));
  const outDir = join(work, 'dist');
  const electronDist = makeStandInElectron(join(work, 'electron-dist'));
  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'deb',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${outDir}`,
      // keytar and libsql are N-API: the installed builds load in Electron as they are.
      '-c.npmRebuild=false',
    ],
    { cwd: ROOT, env: { ...process.env, CUSTOM_FPM_PATH: join(ROOT, 'scripts/fpm-dpkg.mjs') }, maxBuffer: 16 * 1024 * 1024 },
  );
  const appDir = join(outDir, 'linux-unpacked');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return { outDir, appDir, resources: join(appDir, 'resources'), deb: join(outDir, `campaign-desk_${version}_amd64.deb`) };
}
