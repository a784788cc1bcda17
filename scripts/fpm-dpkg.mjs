#!/usr/bin/env node
// Stands in for fpm (`-s dir -t deb`) on machines where fpm cannot be installed: builds the same .deb with
// dpkg-deb from the arguments electron-builder passes. Use it with CUSTOM_FPM_PATH=scripts/fpm-dpkg.mjs.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const WITH_VALUE = new Set([
  '-s',
  '-t',
  '-d',
  '--log',
  '--architecture',
  '--after-install',
  '--after-remove',
  '--description',
  '--version',
  '--package',
  '--name',
  '--maintainer',
  '--vendor',
  '--url',
  '--category',
  '--deb-priority',
  '--deb-recommends',
  '--deb-compression',
  '--license',
  '--iteration',
]);

export function parseFpmArgs(argv) {
  const options = new Map();
  const mappings = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (WITH_VALUE.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`fpm-dpkg: ${arg} needs a value`);
      options.set(arg, [...(options.get(arg) ?? []), value]);
    } else if (arg.startsWith('-')) {
      options.set(arg, ['true']);
    } else {
      const at = arg.indexOf('=');
      if (at < 1) throw new Error(`fpm-dpkg: "${arg}" is not a source=destination mapping`);
      mappings.push({ from: arg.slice(0, at), to: arg.slice(at + 1) });
    }
  }
  return { one: (name) => options.get(name)?.[0], all: (name) => options.get(name) ?? [], mappings };
}

/** Debian's control format: a synopsis line, then continuation lines that start with a space ("." for blank). */
function controlDescription(text) {
  const [first = '', ...rest] = text.split('\n');
  return [first.trim(), ...rest.map((line) => (line.trim() ? ` ${line.trim()}` : ' .'))].join('\n');
}

function main(argv) {
  const args = parseFpmArgs(argv);
  if (args.one('-s') !== 'dir' || args.one('-t') !== 'deb') throw new Error('fpm-dpkg builds only -s dir -t deb');
  const output = args.one('--package');
  if (!output) throw new Error('fpm-dpkg: --package is required');
  const root = mkdtempSync(join(tmpdir(), 'fpm-dpkg-'));
  try {
    for (const { from, to } of args.mappings) {
      const target = join(root, to);
      mkdirSync(from.endsWith('/') ? target : dirname(target), { recursive: true });
      cpSync(from, target, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    }
    const debian = join(root, 'DEBIAN');
    mkdirSync(debian);
    const version = [args.one('--version'), args.one('--iteration')].filter(Boolean).join('-');
    const installedKb = Number(execFileSync('du', ['-sk', '--exclude=DEBIAN', root], { encoding: 'utf8' }).split('\t')[0]);
    const fields = [
      ['Package', args.one('--name')],
      ['Version', version],
      ['Architecture', args.one('--architecture')],
      ['Maintainer', args.one('--maintainer')],
      ['Installed-Size', String(installedKb)],
      ['Depends', args.all('-d').join(', ')],
      ['Recommends', args.all('--deb-recommends').join(', ')],
      ['Section', args.one('--category')],
      ['Priority', args.one('--deb-priority')],
      ['Homepage', args.one('--url')],
      ['Description', controlDescription(args.one('--description') ?? '')],
    ];
    const control = fields
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n');
    writeFileSync(join(debian, 'control'), `${control}\n`);
    for (const [flag, name] of [
      ['--after-install', 'postinst'],
      ['--after-remove', 'postrm'],
    ]) {
      const script = args.one(flag);
      if (!script) continue;
      cpSync(script, join(debian, name));
      chmodSync(join(debian, name), 0o755);
    }
    const compression = args.one('--deb-compression') ?? 'xz';
    mkdirSync(dirname(output), { recursive: true });
    execFileSync('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', root, output], { stdio: 'inherit' });
    if (!statSync(output).isFile()) throw new Error(`fpm-dpkg: ${output} was not written`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
