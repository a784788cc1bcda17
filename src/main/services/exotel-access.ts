import { AppError } from '../../shared/ipc/result';
import type { FetchLike } from '../platform/desktop';
import type { SecretStore } from '../platform/secret-store';
import type { AccountRecord } from '../store/accounts-repo';

export interface ExotelTarget {
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  apiToken: string;
  fetch: FetchLike;
}

/** The built-in simulator seen from the app: its credentials and an in-process transport. */
export interface SandboxAccess {
  readonly baseUrl: string;
  readonly credentials: { accountSid: string; apiKey: string; apiToken: string };
  readonly fetch: FetchLike;
}

/** Resolves how to talk to an account: the real API through the platform's fetch, or the Sandbox in-process. */
export class ExotelAccess {
  constructor(
    private readonly deps: { secrets: SecretStore; fetch: FetchLike; sandbox: () => SandboxAccess },
  ) {}

  async targetFor(account: AccountRecord): Promise<ExotelTarget> {
    if (account.kind === 'sandbox') {
      const sandbox = this.deps.sandbox();
      return { baseUrl: sandbox.baseUrl, ...sandbox.credentials, fetch: sandbox.fetch };
    }
    const token = await this.deps.secrets.get(account.id);
    if (!token) {
      throw new AppError('not-found', `No API token is saved for “${account.name}”. Edit the account and enter the token again.`);
    }
    return { baseUrl: `${account.host}`, accountSid: account.accountSid, apiKey: account.apiKey, apiToken: token, fetch: this.deps.fetch };
  }
}
