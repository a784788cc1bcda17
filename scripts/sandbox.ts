import { parseArgs } from 'node:util';
import { Sandbox, startSandboxServer } from '../src/main/sandbox';

/** Runs the Sandbox on loopback: npm run sandbox -- [--port 4010] [--speed 1] [--seed 1] [--empty] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      speed: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      empty: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const speed = Number(values.speed);
  const seed = Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  if (!Number.isFinite(speed) || speed < 0) throw new Error(`--speed must be 0 or more, not "${values.speed}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);

  const sandbox = new Sandbox({ seed, speed });
  if (!values.empty) sandbox.seedDemo();
  const server = await startSandboxServer(sandbox, { port });
  const { accountSid, apiKey, apiToken } = sandbox.credentials;
  process.stdout.write(`SANDBOX_URL=${server.url} SID=${accountSid} KEY=${apiKey} TOKEN=${apiToken}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
