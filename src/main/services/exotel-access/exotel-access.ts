import { createExotelClient, type ExotelClient, type ExotelClientOptions } from '../../exotel';
import { AppError } from '../../../shared/ipc/result';
import type { FetchLike } from '../../platform/desktop';
import type { SecretStore } from '../../platform/secret-store';
import type { AccountRecord } from '../../store/accounts-repo';

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

/** Pacing, timeouts and clock for every client; tests and benchmarks speed them up. */
export type ClientTuning = Omit<ExotelClientOptions, 'credentials' | 'fetch'>;

/** Exotel allows about 30 campaign, list and contact requests a minute per account; the in-process Sandbox needs no pacing. */
const EXOTEL_REQUESTS_PER_MINUTE = 30;
const SANDBOX_REQUESTS_PER_MINUTE = 6000;

/**
 * The one registry of Exotel clients, one per account, built in the composition root and shared by every
 * service (sync, list sends, the connection test, the outbox): one pacer, one Retry-After hold per account,
 * so work running together never goes beyond the account's pace.
 */
export class ExotelAccess {
  private readonly clients = new Map<string, { stamp: string; client: Promise<ExotelClient> }>();

  constructor(
    private readonly deps: {
      secrets: SecretStore;
      fetch: FetchLike;
      sandbox: () => SandboxAccess;
      /** Applied to every client; `requestsPerMinute` here overrides the per-kind default. */
      tuning?: ClientTuning;
    },
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

  /** The account's one shared client, made again only when the account's details (or its token) changed. */
  clientFor(account: AccountRecord): Promise<ExotelClient> {
    const stamp = `${account.kind}|${account.updatedAt}|${account.host}|${account.accountSid}|${account.apiKey}`;
    const known = this.clients.get(account.id);
    if (known?.stamp === stamp) return known.client;
    const client = this.build(account);
    this.clients.set(account.id, { stamp, client });
    // A failed build (no token in the keychain yet) is not kept, so the next call tries again.
    client.catch(() => {
      if (this.clients.get(account.id)?.client === client) this.clients.delete(account.id);
    });
    return client;
  }

  /** The requests a minute the account's client allows itself. */
  requestsPerMinute(account: AccountRecord): number {
    return this.deps.tuning?.requestsPerMinute ?? (account.kind === 'sandbox' ? SANDBOX_REQUESTS_PER_MINUTE : EXOTEL_REQUESTS_PER_MINUTE);
  }

  /** Drops an account's client, e.g. when the account is removed or its token replaced. */
  forget(accountId: string): void {
    this.clients.delete(accountId);
  }

  private async build(account: AccountRecord): Promise<ExotelClient> {
    const { fetch, ...credentials } = await this.targetFor(account);
    const requestsPerMinute = account.kind === 'sandbox' ? SANDBOX_REQUESTS_PER_MINUTE : EXOTEL_REQUESTS_PER_MINUTE;
    return createExotelClient({ requestsPerMinute, ...this.deps.tuning, credentials, fetch });
  }
}
