import { describe, expect, it } from 'vitest';
import { createKeytarStore, type KeytarLike } from '../../../src/main/platform/keytar-store';

function failing(message: string): KeytarLike {
  const fail = () => Promise.reject(new Error(message));
  return { getPassword: fail, setPassword: fail, deletePassword: fail, findCredentials: fail };
}

describe('keychain messages', () => {
  it('a missing Secret Service becomes "keychain not available", with what to do', async () => {
    const store = createKeytarStore('Campaign Desk', failing('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    await expect(store.set('a', 't')).rejects.toMatchObject({ code: 'keychain-unavailable', message: expect.stringMatching(/not available.*Nothing was saved/) });
    expect(await store.status()).toMatchObject({ available: false });
  });

  it('a locked keyring says to unlock it', async () => {
    const store = createKeytarStore('Campaign Desk', failing('Cannot create an item in a locked collection'));
    await expect(store.set('a', 't')).rejects.toMatchObject({ code: 'keychain-locked', message: expect.stringMatching(/locked/) });
  });
});
