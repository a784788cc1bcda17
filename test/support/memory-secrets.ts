import type { KeychainStatus } from '../../src/shared/accounts/schemas';
import type { SecretStore } from '../../src/main/platform/secret-store';

/** A keychain in memory, for unit tests that are not about the keychain itself. */
export class MemorySecrets implements SecretStore {
  readonly entries = new Map<string, string>();
  failWith: Error | null = null;

  async get(account: string): Promise<string | null> {
    if (this.failWith) throw this.failWith;
    return this.entries.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.entries.set(account, secret);
  }

  async delete(account: string): Promise<boolean> {
    if (this.failWith) throw this.failWith;
    return this.entries.delete(account);
  }

  async status(): Promise<KeychainStatus> {
    return this.failWith ? { available: false, message: this.failWith.message } : { available: true, message: 'ok' };
  }
}
