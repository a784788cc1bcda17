import { AppError } from '../../shared/ipc/result';
import { redactError, rememberSecret } from '../../shared/redact';
import type { KeychainStatus } from '../../shared/accounts/schemas';
import type { SecretStore } from './secret-store';

/** The part of keytar this app uses; injectable so its failures can be exercised. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export type KeychainLog = (message: string, detail: string) => void;

const logToConsole: KeychainLog = (message, detail) => console.warn(message, detail);

/** Turns the keychain's own errors into messages a user can act on; the library's own words go to the log only. */
export function keychainError(error: unknown, log: KeychainLog = logToConsole): AppError {
  const raw = error instanceof Error ? error.message : String(error);
  log('[keychain]', redactError(error));
  if (/locked collection|is locked|unlock/i.test(raw)) {
    return new AppError(
      'keychain-locked',
      'The system keychain is locked. Unlock it (log in to your desktop keyring) and try again; nothing was saved.',
    );
  }
  return new AppError(
    'keychain-unavailable',
    'The system keychain is not available, so the API token cannot be stored safely. Nothing was saved. ' +
      'On Linux, install and start a Secret Service keyring such as GNOME Keyring.',
  );
}

export function createKeytarStore(service: string, keytar: KeytarLike, log: KeychainLog = logToConsole): SecretStore {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw keychainError(error, log);
    }
  };
  return {
    get: (account) =>
      guard(async () => {
        const secret = await keytar.getPassword(service, account);
        rememberSecret(secret);
        return secret;
      }),
    set: (account, secret) => {
      rememberSecret(secret);
      return guard(() => keytar.setPassword(service, account, secret));
    },
    delete: (account) => guard(() => keytar.deletePassword(service, account)),
    async status(): Promise<KeychainStatus> {
      try {
        await keytar.findCredentials(service);
        return { available: true, message: 'API tokens are kept in the system keychain.' };
      } catch (error) {
        return { available: false, message: keychainError(error, log).message };
      }
    },
  };
}

/** Stands in when the keychain library itself cannot load: every use fails with the usual plain message. */
function unavailableKeytar(reason: unknown): KeytarLike {
  const fail = () => Promise.reject(reason instanceof Error ? reason : new Error(String(reason)));
  return { getPassword: fail, setPassword: fail, deletePassword: fail, findCredentials: fail };
}

/** Loads the native keytar module lazily so a missing keychain library cannot stop the app from starting. */
export async function loadKeytar(): Promise<KeytarLike> {
  try {
    const mod = (await import('keytar')) as KeytarLike & { default?: KeytarLike };
    return mod.default ?? mod;
  } catch (error) {
    return unavailableKeytar(error);
  }
}
