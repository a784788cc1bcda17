import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../src/main/app-services';
import { QueuedDialogs, RecordingDesktop, RecordingNotifier } from '../../../src/main/platform/test-ports';
import { Sandbox, startSandboxServer, type SandboxServer } from '../../../src/main/sandbox';
import { openDatabase } from '../../../src/main/store/db';
import { MemorySecrets } from '../../support/memory-secrets';

const CHILD = resolve(__dirname, '../../support/outbox-kill-child.ts');

let server: SandboxServer | null = null;
let child: ChildProcess | null = null;
let app: AppServices | null = null;
afterEach(async () => {
  child?.kill('SIGKILL');
  app?.close();
  await server?.close();
});

async function until<T>(what: string, read: () => T | null | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the app process killed (-9) while a launch is sending', () => {
  it('after a restart the launch is found on Exotel and marked done: nothing lost, nothing sent twice', async () => {
    const sandbox = new Sandbox({ seed: 11, speed: 0 });
    // Exotel makes the campaign, then holds its answer: the process dies while the item is `sending`.
    sandbox.faults.inject({ kind: 'slow', delayMs: 4000, method: 'POST', path: '/campaigns' });
    server = await startSandboxServer(sandbox);
    const dir = mkdtempSync(join(tmpdir(), 'desk-kill-'));
    const { accountSid, apiKey, apiToken } = sandbox.credentials;
    const name = 'Killed mid-send';
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, server.url, accountSid, apiKey, apiToken, name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const [, accountId, itemId] = await until('the launch to be queued', () => /QUEUED (\S+) (\S+)/.exec(out));

    const db = openDatabase(dir);
    await until('the launch to be sending', () => {
      const row = db.prepare('SELECT state FROM outbox WHERE id = ?').get(itemId) as { state: string } | undefined;
      return row?.state === 'sending' && sandbox.requests.some((r) => r.method === 'POST' && r.path === '/campaigns');
    });
    db.close();
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    child = null;

    const secrets = new MemorySecrets();
    secrets.entries.set(accountId!, apiToken);
    app = createAppServices({
      userDataDir: dir,
      secrets,
      dialogs: new QueuedDialogs(),
      desktop: new RecordingDesktop(),
      notifier: new RecordingNotifier(),
      fetch: (url, init) => fetch(url, init),
      emit: () => undefined,
      shell: 'web-host',
      version: '0.0.0-test',
      platform: process.platform,
      importWorkers: 0,
    });
    const settled = await until('the launch to settle', () => {
      const view = app?.outbox.get(itemId!);
      return view && view.state !== 'queued' && view.state !== 'sending' ? view : null;
    });
    expect(settled).toMatchObject({ state: 'done', attempts: 1, message: expect.stringMatching(/made once/) });
    expect(settled.history.map((h) => h.message).join(' ')).toMatch(/stopped while this was being sent/);
    const made = sandbox.snapshot().campaigns.filter((c) => c.settings.name === name);
    expect(made).toHaveLength(1);
    expect(sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/campaigns')).toHaveLength(1);
  }, 90_000);
});
