import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: every bench/*.bench.ts in turn (import, launch, startup, ...), each in its own
 * process; fails if any fails.
 */
const dir = __dirname;
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, [...process.execArgv, join(dir, name), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`${name} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks ran`);
process.exitCode = failed > 0 ? 1 : 0;
