// npm run soak:outbox -- --ops 1000 [--seed N]
import { runSoak } from '../test/support/outbox-soak/soak';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} takes a whole number above 0\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const ops = arg('ops', 1000);
  const seed = arg('seed', 1);
  const started = Date.now();
  const report = await runSoak({ ops, seed });
  process.stdout.write(
    `seed ${seed}: ${report.kills} kills while sending, ${report.offlineOps} operations queued offline, ` +
      `${report.line.needsConfirmation} questions (${report.staleLaunches} late launches, ${report.ambiguous} lost answers while Exotel could not be read), ` +
      `${report.wrongFailures} reported failed although done, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.stdout.write(`${JSON.stringify(report.line)}\n`);
  const ok = report.line.duplicates === 0 && report.line.lost === 0 && report.line.daysTwice === 0;
  process.exit(ok ? 0 : 1);
}

void main();
