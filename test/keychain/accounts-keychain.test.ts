import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import keytar from 'keytar';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeytarStore } from '../../src/main/platform/keytar-store';
import { makeServices, type TestServices } from '../support/services';

const SERVICE = 'Campaign Desk';
const TOKEN = 'tok-7f3a9c1e5b2d4f60a8e1';

function lookup(account: string): string | null {
  const r = spawnSync('secret-tool', ['lookup', 'service', SERVICE, 'account', account], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let s: TestServices | null = null;
afterEach(() => {
  s?.close();
  s = null;
});

describe('API tokens in the OS keychain (real Secret Service)', () => {
  it('after adding an account the token is in the keychain and in no file of the user-data folder', async () => {
    s = makeServices({ secrets: createKeytarStore(SERVICE, keytar) });
    const view = await s.accounts.create({ name: 'Ops', accountSid: 'acme1', apiKey: 'key-1', apiToken: TOKEN, region: 'singapore' });
    expect(lookup(view.id)).toBe(TOKEN);
    expect((await s.accounts.state()).accounts.find((a) => a.id === view.id)?.hasToken).toBe(true);
    await s.accounts.test(view.id).catch(() => undefined);
    s.activity.add({ accountId: view.id, kind: 'check', level: 'info', message: 'flush' });

    const files = filesUnder(s.ports.userDataDir);
    expect(files.some((f) => f.endsWith('.sqlite-wal'))).toBe(true);
    const needle = Buffer.from(TOKEN);
    for (const file of files) expect(readFileSync(file).includes(needle), file).toBe(false);
  });

  it('editing replaces the keychain entry and removing the account deletes it', async () => {
    s = makeServices({ secrets: createKeytarStore(SERVICE, keytar) });
    const view = await s.accounts.create({ name: 'Ops', accountSid: 'acme2', apiKey: 'key-2', apiToken: TOKEN, region: 'mumbai' });
    await s.accounts.update({
      id: view.id,
      name: 'Ops',
      accountSid: 'acme2',
      apiKey: 'key-2',
      apiToken: 'replaced-token-1',
      region: 'mumbai',
    });
    expect(lookup(view.id)).toBe('replaced-token-1');
    await s.accounts.remove(view.id);
    expect(lookup(view.id)).toBeNull();
  });

  it('without any Secret Service the user is told the keychain is not available', () => {
    const script = `
      const keytar = require('keytar');
      keytar.setPassword('${SERVICE}', 'x', 'y').then(() => console.log('stored'), (e) => console.log('ERR ' + e.message));
    `;
    const r = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
    });
    const raw = r.stdout.trim();
    expect(raw).toMatch(/^ERR /);
    const store = createKeytarStore(SERVICE, {
      getPassword: () => Promise.reject(new Error(raw.slice(4))),
      setPassword: () => Promise.reject(new Error(raw.slice(4))),
      deletePassword: () => Promise.reject(new Error(raw.slice(4))),
      findCredentials: () => Promise.reject(new Error(raw.slice(4))),
    });
    return expect(store.set('x', 'y')).rejects.toMatchObject({
      code: 'keychain-unavailable',
      message: expect.stringMatching(/not available/),
    });
  });
});
