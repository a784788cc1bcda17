import { Sandbox, startSandboxServer } from '../src/main/sandbox';
import { parseSandboxArgs } from '../src/main/sandbox/cli-args';

/** Runs the Sandbox on loopback: npm run sandbox -- [--port 4010] [--speed 1] [--seed 1] [--empty] [--dialect sandbox|docs] */
async function main(): Promise<void> {
  const o = parseSandboxArgs(process.argv.slice(2));
  const sandbox = new Sandbox({ seed: o.seed, speed: o.speed, dialect: o.dialect });
  if (!o.empty) sandbox.seedDemo();
  const server = await startSandboxServer(sandbox, { port: o.port });
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
