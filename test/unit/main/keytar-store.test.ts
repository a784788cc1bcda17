import { describe, expect, it } from 'vitest';
import { createKeytarStore, type KeytarLike } from '../../../src/main/platform/keytar-store';
import type { AppError } from '../../../src/shared/ipc/result';
import { redact } from '../../../src/shared/redact';

function failing(message: string): KeytarLike {
  const fail = () => Promise.reject(new Error(message));
  return { getPassword: fail, setPassword: fail, deletePassword: fail, findCredentials: fail };
}

describe('keychain messages', () => {
  it('a missing Secret Service becomes "keychain not available", with what to do', async () => {
    const store = createKeytarStore('Campaign Desk', failing('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    await expect(store.set('a', 't')).rejects.toMatchObject({
      code: 'keychain-unavailable',
      message: expect.stringMatching(/not available.*Nothing was saved/),
    });
    expect(await store.status()).toMatchObject({ available: false });
  });

  it('a locked keyring says to unlock it', async () => {
    const store = createKeytarStore('Campaign Desk', failing('Cannot create an item in a locked collection'));
    await expect(store.set('a', 't')).rejects.toMatchObject({ code: 'keychain-locked', message: expect.stringMatching(/locked/) });
  });

  it('keeps the keychain library’s own words out of the window and in the log', async () => {
    const logged: string[] = [];
    const store = createKeytarStore('Campaign Desk', failing('Cannot autolaunch D-Bus without X11 $DISPLAY'), (m, d) =>
      logged.push(`${m} ${d}`),
    );
    const error = (await store.set('a', 't').catch((e: unknown) => e)) as AppError;
    expect(JSON.stringify(error.toShape())).not.toMatch(/D-Bus|DISPLAY/);
    expect((await store.status()).message).not.toMatch(/D-Bus|DISPLAY/);
    expect(logged.join('\n')).toContain('Cannot autolaunch D-Bus');
  });

  it('remembers the tokens it handles so no log line can show them', async () => {
    const keytar: KeytarLike = {
      getPassword: async () => 'Held-Secret-Token-77',
      setPassword: async () => undefined,
      deletePassword: async () => true,
      findCredentials: async () => [],
    };
    const store = createKeytarStore('Campaign Desk', keytar);
    await store.get('a');
    await store.set('b', 'Typed-Secret-Token-88');
    expect(redact('request failed with Held-Secret-Token-77 and Typed-Secret-Token-88')).toBe(
      'request failed with [redacted] and [redacted]',
    );
  });
});
