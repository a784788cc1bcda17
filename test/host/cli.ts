import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

/** Starts the loopback host and prints one line with its address; used by the e2e fixture and preview:web. */
export async function main(argv: string[], label = 'HOST_URL'): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { 'user-data': { type: 'string' }, port: { type: 'string' } },
  });
  const userDataDir = values['user-data'] ?? mkdtempSync(join(tmpdir(), 'campaign-desk-'));
  const host = await startHost({ userDataDir, port: values.port ? Number(values.port) : 0 });
  process.stdout.write(`${label}=${host.url} SECRET=${host.secret} USER_DATA=${userDataDir}\n`);
  const stop = () => {
    // Whatever still holds the loop (a worker winding down, a socket) must not keep a stopped host alive.
    setTimeout(() => process.exit(0), 3000).unref();
    void host.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main(process.argv.slice(2));
