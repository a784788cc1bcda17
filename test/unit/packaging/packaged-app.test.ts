import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { outsideAsar } from '../../../src/main/services/contacts/import-workers';
import { buildLinux, ROOT, type LinuxBuild } from './build-linux';

let build: LinuxBuild;
let asarFiles: string[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

function sizeOf(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

beforeAll(async () => {
  build = await buildLinux();
  asarFiles = listPackage(join(build.resources, 'app.asar'), { isPack: false }).map((f) => f.replace(/^[\\/]/, ''));
  const unpacked = join(build.resources, 'app.asar.unpacked');
  const modules = new Set(
    asarFiles
      .filter((f) => f.startsWith('node_modules/'))
      .map((f) =>
        f
          .split('/')
          .slice(0, f.startsWith('node_modules/@') ? 3 : 2)
          .join('/'),
      ),
  );
  // The figures the packaging produces, for the record of each run.
  console.log(
    `[packaging] app.asar ${mb(statSync(join(build.resources, 'app.asar')).size)} (${asarFiles.length} entries, ${modules.size} packages), ` +
      `app.asar.unpacked ${mb(sizeOf(unpacked))}: ${filesUnder(unpacked).join(', ')}; .deb ${mb(statSync(build.deb).size)}`,
  );
}, 300_000);

describe('the packaged app (Linux, unpacked)', () => {
  it('packs the main, preload and renderer bundles, and nothing from the source tree', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']),
    );
    expect(asarFiles.some((f) => /^out\/renderer\/assets\/index-.+\.js$/.test(f))).toBe(true);
    const topLevel = new Set(asarFiles.map((f) => f.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outDirs = new Set(asarFiles.filter((f) => f.startsWith('out/')).map((f) => f.split('/')[1]));
    expect([...outDirs].sort()).toEqual(['main', 'preload', 'renderer']);
    expect(asarFiles.filter((f) => f.endsWith('.map') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  });

  it('ships a package.json that starts the main bundle and carries no devDependencies', () => {
    const pkg = JSON.parse(extractFile(join(build.resources, 'app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('./out/main/index.js');
    expect(pkg.devDependencies).toBeUndefined();
    const source = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const packedPackages = asarFiles
      .filter((f) => /^node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(f))
      .map((f) => f.slice('node_modules/'.length, -'/package.json'.length));
    expect(packedPackages.filter((name) => name in source.devDependencies)).toEqual([]);
    expect(packedPackages).toEqual(
      expect.arrayContaining([
        'libsql',
        'keytar',
        'zod',
        'papaparse',
        'libphonenumber-js',
        'electron-updater',
        'electron-log',
        'exceljs',
        'numfmt',
        'yauzl',
      ]),
    );
  });

  it('keeps native modules and the import worker outside the archive, with only the platform’s own libsql', () => {
    const unpacked = filesUnder(join(build.resources, 'app.asar.unpacked'));
    expect(unpacked).toEqual(
      expect.arrayContaining([
        'out/main/import-worker.js',
        'node_modules/keytar/build/Release/keytar.node',
        'node_modules/@libsql/linux-x64-gnu/index.node',
      ]),
    );
    expect([...asarFiles, ...unpacked].filter((f) => f.includes('-musl'))).toEqual([]);
    expect(unpacked.filter((f) => f.includes('obj.target') || f.endsWith('.gyp'))).toEqual([]);
    // The worker bundle requires nothing but Node's own modules: it cannot reach the archive's node_modules.
    const worker = readFileSync(join(build.resources, 'app.asar.unpacked/out/main/import-worker.js'), 'utf8');
    const required = [...worker.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    expect(required.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
  });

  it('starts the worker from its unpacked path', () => {
    const packedMain = join(build.resources, 'app.asar', 'out', 'main', 'import-worker.js');
    expect(outsideAsar(packedMain)).toBe(join(build.resources, 'app.asar.unpacked', 'out', 'main', 'import-worker.js'));
    expect(statSync(outsideAsar(packedMain)).isFile()).toBe(true);
    expect(outsideAsar('C:\\Program Files\\Campaign Desk\\resources\\app.asar\\out\\main\\import-worker.js')).toBe(
      'C:\\Program Files\\Campaign Desk\\resources\\app.asar.unpacked\\out\\main\\import-worker.js',
    );
    expect(outsideAsar('/work/campaign-desk/out/main/import-worker.js')).toBe('/work/campaign-desk/out/main/import-worker.js');
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, encrypted cookies, only an integrity-checked asar', async () => {
    const wire = await getCurrentFuseWire(join(build.appDir, 'campaign-desk'));
    const on = (fuse: FuseV1Options) => String.fromCharCode(Number(wire[fuse]));
    const states = {
      RunAsNode: on(FuseV1Options.RunAsNode),
      EnableCookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      EnableNodeOptionsEnvironmentVariable: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      EnableNodeCliInspectArguments: on(FuseV1Options.EnableNodeCliInspectArguments),
      EnableEmbeddedAsarIntegrityValidation: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      OnlyLoadAppFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      GrantFileProtocolExtraPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    };
    console.log(`[packaging] fuses read back: ${JSON.stringify(states)}`);
    expect(states).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });
});

describe('the .deb', () => {
  const deb = (...args: string[]) => execFileSync('dpkg-deb', [...args, build.deb], { encoding: 'utf8' });
  const member = (path: string) =>
    execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -xOf - "$2"`, 'sh', build.deb, path], { encoding: 'utf8' });

  it('describes the app for the package manager', () => {
    const info = deb('-I');
    expect(info).toMatch(/^ Package: campaign-desk$/m);
    expect(info).toMatch(/^ Depends: .*libsecret-1-0/m);
    expect(info).toMatch(/^ Description: Run Exotel voice campaigns from spreadsheets$/m);
  });

  it('offers "Open with Campaign Desk" for CSV and TSV sheets and Excel workbooks', () => {
    const contents = deb('-c');
    expect(contents).toContain('./usr/share/applications/campaign-desk.desktop');
    expect(contents).toContain('./usr/share/mime/packages/campaign-desk.xml');
    expect(contents).toContain('./usr/share/icons/hicolor/256x256/apps/campaign-desk.png');
    const desktop = member('./usr/share/applications/campaign-desk.desktop');
    expect(desktop).toMatch(
      /^MimeType=text\/csv;text\/tab-separated-values;application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet;application\/vnd\.ms-excel\.sheet\.macroEnabled\.12;$/m,
    );
    expect(desktop).toMatch(/^Exec=.*campaign-desk" %U$/m);
    const mime = member('./usr/share/mime/packages/campaign-desk.xml');
    expect(mime).toMatch(/<mime-type type="text\/csv">\s*<glob pattern="\*\.csv"\/>/);
    expect(mime).toMatch(/<mime-type type="text\/tab-separated-values">\s*<glob pattern="\*\.tsv"\/>/);
    expect(mime).toMatch(
      /<mime-type type="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet">\s*<glob pattern="\*\.xlsx"\/>/,
    );
    expect(mime).toMatch(/<mime-type type="application\/vnd\.ms-excel\.sheet\.macroEnabled\.12">\s*<glob pattern="\*\.xlsm"\/>/);
  });
});
