import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExotelClient } from '../../../src/main/exotel';
import { parseSandboxArgs } from '../../../src/main/sandbox/cli-args';

const root = join(__dirname, '../../..');

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sandbox.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('\n') && resolve(out));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, firstLine, exited, output: () => ({ out, err }) };
}

describe('npm run sandbox', () => {
  it('prints exactly one line with the URL and credentials, then serves the demo data until stopped', async () => {
    const proc = run(['--port', '0', '--seed', '4', '--speed', '2']);
    const line = await proc.firstLine;
    const match = /^SANDBOX_URL=(http:\/\/127\.0\.0\.1:\d+) SID=(\S+) KEY=(\S+) TOKEN=(\S+)\n$/.exec(line);
    expect(match).not.toBeNull();
    const [, url, sid, key, token] = match as unknown as string[];
    const client = createExotelClient({
      credentials: { baseUrl: url as string, accountSid: sid as string, apiKey: key as string, apiToken: token as string },
      fetch,
    });
    expect((await client.campaigns.list()).total).toBe(5);
    expect(proc.output().out).toBe(line);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('answers in the forms Exotel’s docs show with --dialect docs, and the client reads them', async () => {
    const proc = run(['--port', '0', '--dialect', 'docs']);
    const [, url, sid, key, token] = /^SANDBOX_URL=(\S+) SID=(\S+) KEY=(\S+) TOKEN=(\S+)\n$/.exec(
      await proc.firstLine,
    ) as unknown as string[];
    const credentials = { baseUrl: url as string, accountSid: sid as string, apiKey: key as string, apiToken: token as string };
    const auth = `Basic ${Buffer.from(`${credentials.apiKey}:${credentials.apiToken}`).toString('base64')}`;
    const raw = await fetch(`${credentials.baseUrl}/v2/accounts/${credentials.accountSid}/campaigns`, { headers: { authorization: auth } });
    expect(raw.status).toBe(200);
    const page = await createExotelClient({ credentials, fetch }).campaigns.list();
    expect(page.total).toBe(5);
    expect(page.failures).toEqual([]);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });
});

describe('its options', () => {
  it('default to port 4010, speed 1, seed 1, with the demo data', () => {
    expect(parseSandboxArgs([])).toEqual({ port: 4010, speed: 1, seed: 1, empty: false, dialect: 'sandbox' });
    expect(parseSandboxArgs(['--port', '0', '--speed', '120', '--seed=-3', '--empty', '--dialect', 'docs'])).toEqual({
      port: 0,
      speed: 120,
      seed: -3,
      empty: true,
      dialect: 'docs',
    });
  });

  it('say what is wrong with a bad one', () => {
    expect(() => parseSandboxArgs(['--speed', 'fast'])).toThrow('--speed must be 0 or more, not "fast"');
    expect(() => parseSandboxArgs(['--port', '70000'])).toThrow('--port must be a port number from 0 to 65535, not "70000"');
    expect(() => parseSandboxArgs(['--seed', '1.5'])).toThrow('--seed must be a whole number, not "1.5"');
    expect(() => parseSandboxArgs(['--colour', 'red'])).toThrow("Unknown option '--colour'");
  });
});
