import { createExotelClient, isExotelError, type ExotelClient, type ExotelClientOptions } from '../../exotel';
import { AppError } from '../../../shared/ipc/result';
import type { AccountRecord } from '../../store/accounts-repo';
import type { ExotelTarget } from '../exotel-access';

export type ClientTuning = Omit<ExotelClientOptions, 'credentials' | 'fetch'>;

/**
 * One client per account, kept while the account's details stay the same, so every read of an account shares
 * one pacer and a long sync never trips Exotel's rate limit.
 */
export class ExotelClients {
  private readonly clients = new Map<string, { stamp: string; client: ExotelClient }>();

  constructor(
    private readonly access: { targetFor(account: AccountRecord): Promise<ExotelTarget> },
    private readonly tuning: ClientTuning = {},
  ) {}

  async for(account: AccountRecord): Promise<ExotelClient> {
    const stamp = `${account.updatedAt}|${account.host}|${account.accountSid}|${account.apiKey}`;
    const known = this.clients.get(account.id);
    if (known?.stamp === stamp) return known.client;
    const target = await this.access.targetFor(account);
    const client = createExotelClient({
      ...this.tuning,
      credentials: { baseUrl: target.baseUrl, accountSid: target.accountSid, apiKey: target.apiKey, apiToken: target.apiToken },
      fetch: target.fetch,
    });
    this.clients.set(account.id, { stamp, client });
    return client;
  }
}

/** Exotel's failures as the app's errors: a lost connection is 'offline', a stop is 'cancelled', the rest 'exotel'. */
export function toAppError(error: unknown): unknown {
  if (!isExotelError(error)) return error;
  if (error.kind === 'aborted') return new AppError('cancelled', error.plainMessage);
  if (error.kind === 'network') return new AppError('offline', error.plainMessage);
  return new AppError('exotel', error.plainMessage, { kind: error.kind, status: error.status });
}
