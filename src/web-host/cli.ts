import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dialectFromEnv } from '../main/sandbox/dialect';
import { startHost, type Host } from './server';

export interface CliOptions {
  label: string;
  /** Preview keeps its tokens under a keychain service of its own. */
  keychainService?: string;
  /** Whether `--test-control` may turn on the e2e control routes; preview never allows it. */
  allowTestControl: boolean;
}

/** What `npm run preview:web` runs with: no e2e control routes, and a keychain service of its own. */
export const PREVIEW_CLI: CliOptions = { label: 'PREVIEW_URL', keychainService: 'Campaign Desk Preview', allowTestControl: false };

/** Starts the loopback host and prints one line with its address; used by the e2e fixture and preview:web. */
export async function main(argv: string[], cli: CliOptions = { label: 'HOST_URL', allowTestControl: true }): Promise<Host> {
  const { values } = parseArgs({
    args: argv,
    options: { 'user-data': { type: 'string' }, port: { type: 'string' }, 'test-control': { type: 'boolean' } },
  });
  if (values['test-control'] && !cli.allowTestControl) throw new Error('--test-control is for the e2e suite only.');
  const userDataDir = values['user-data'] ?? mkdtempSync(join(tmpdir(), 'campaign-desk-'));
  const host = await startHost({
    userDataDir,
    port: values.port ? Number(values.port) : 0,
    testControl: values['test-control'] === true,
    // SANDBOX_DIALECT=docs: the built-in Sandbox answers in the forms Exotel's docs show.
    sandboxDialect: dialectFromEnv(process.env),
    ...(cli.keychainService ? { keychainService: cli.keychainService } : {}),
  });
  const label = cli.label;
  process.stdout.write(`${label}=${host.url} SECRET=${host.secret} USER_DATA=${userDataDir}\n`);
  const stop = () => {
    // Whatever still holds the loop (a worker winding down, a socket) must not keep a stopped host alive.
    setTimeout(() => process.exit(0), 3000).unref();
    void host.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return host;
}

if (require.main === module) void main(process.argv.slice(2));
