#!/usr/bin/env node
// Static review of src with @doyensec/electronegativity: prints every finding and fails on any HIGH one.
// Offline on purpose: the Electron version is passed (otherwise the tool fetches Electron's releases) and the
// release-notes check is skipped. The MEDIUM findings that do not apply are listed in README's Security section.
// Its library entry is used rather than its CSV output, which it writes with two racing appends.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const run = require('@doyensec/electronegativity');

const result = await run({
  input: join(root, 'src'),
  isRelative: true,
  customScan: [],
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
for (const error of result.errors) console.warn(`not read: ${error.file ?? ''} ${error.message ?? error.error ?? ''}`);
const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  where: `src/${issue.file}:${issue.location.line}:${issue.location.column}`,
  sample: String(issue.sample ?? '').slice(0, 90),
}));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.check.padEnd(26)} ${f.where}  ${f.sample}`);
const count = (severity) => findings.filter((f) => f.severity === severity).length;
console.log(
  `electronegativity (Electron ${electronVersion}): ${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ${count('INFORMATIONAL')} informational`,
);
if (count('HIGH') > 0) {
  console.error('A HIGH finding fails this check: fix it (README, Security, lists the findings that do not apply).');
  process.exit(1);
}
