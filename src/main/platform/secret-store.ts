import type { KeychainStatus } from '../../shared/accounts/schemas';

/** Where API tokens live: the OS keychain in the app and in tests; never the database. */
export interface SecretStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
  status(): Promise<KeychainStatus>;
}
