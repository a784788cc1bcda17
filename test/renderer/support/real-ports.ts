import type { FetchLike } from '../../../src/main/platform/desktop';
import { createKeytarStore, type KeytarLike } from '../../../src/main/platform/keytar-store';
import type { SecretStore } from '../../../src/main/platform/secret-store';
import { Sandbox } from '../../../src/main/sandbox';
import { shiftRfc3339 } from '../../../src/main/services/outbox/launch-time';

/** The app's own keychain port over an OS keychain that is locked, as Linux keyrings answer then. */
export function lockedKeychain(): SecretStore {
  const locked = () => Promise.reject(new Error('Cannot create an item in a locked collection'));
  const keytar: KeytarLike = { getPassword: locked, setPassword: locked, deletePassword: locked, findCredentials: locked };
  return createKeytarStore('Campaign Desk Test', keytar, () => undefined);
}

/** Exotel, as the simulator, for a real account's requests: it knows only its own credentials. */
export function exotelSimulator(): FetchLike {
  const exotel = new Sandbox({ seed: 3 });
  return (url, init) => exotel.fetch(url, init);
}

/** The same instant `ms` later, in the zone it was written in (for a launch's start and end). */
export function later(rfc3339: string, ms: number): string {
  return shiftRfc3339(rfc3339, ms);
}
