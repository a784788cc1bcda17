import type { ConnectionOutcome, ConnectionTestResult } from '../../shared/accounts/schemas';
import { isExotelError, type ExotelClient, type ExotelErrorKind } from '../exotel';

const MESSAGES: Record<ConnectionOutcome, string> = {
  accepted: 'Exotel accepted the API key and token for this account.',
  'bad-credentials': 'Exotel rejected the API key or token for this account. Check both on Exotel’s API settings page.',
  forbidden: 'Exotel knows the key and token but they may not use the campaigns API of this account.',
  'account-not-found': 'Exotel has no account with this Account SID on this region. Check the SID and the region.',
  unreachable: 'Could not reach the Exotel API host. Check the network connection and the region or host.',
  timeout: 'The Exotel API did not answer in time. Try again in a minute.',
  'server-error': 'The Exotel API had a problem answering. Try again in a few minutes.',
  'rate-limited': 'Exotel is limiting requests for this account right now. Try again in a minute.',
  keychain: 'The API token could not be read from the system keychain.',
  unexpected: 'Exotel answered in a way the app did not expect.',
};

export function connectionMessage(outcome: ConnectionOutcome): string {
  return MESSAGES[outcome];
}

const OUTCOMES: Partial<Record<ExotelErrorKind, ConnectionOutcome>> = {
  'bad-credentials': 'bad-credentials',
  forbidden: 'forbidden',
  'not-found': 'account-not-found',
  'rate-limited': 'rate-limited',
  'server-error': 'server-error',
  network: 'unreachable',
  timeout: 'timeout',
};

function outcomeOf(error: unknown): ConnectionOutcome {
  if (!isExotelError(error)) return 'unexpected';
  // A 2xx proves the key and token were accepted, even when the body was not an envelope.
  if (error.kind === 'malformed-response' && error.status !== undefined && error.status < 300) return 'accepted';
  if (error.kind === 'aborted') return 'timeout';
  return OUTCOMES[error.kind] ?? 'unexpected';
}

/**
 * One cheap authenticated request (the first campaign of the account) through the account's shared client,
 * so it waits its turn under the account's pace, and a plain answer about it. It is not repeated on failure.
 */
export async function probeConnection(client: ExotelClient, timeoutMs = 15_000, now: () => Date = () => new Date()): Promise<ConnectionTestResult> {
  let outcome: ConnectionOutcome;
  try {
    await client.campaigns.list({ limit: 1 }, { timeoutMs, maxRetries: 0, signal: AbortSignal.timeout(timeoutMs + 60_000) });
    outcome = 'accepted';
  } catch (error) {
    outcome = outcomeOf(error);
  }
  return { outcome, message: MESSAGES[outcome], at: now().toISOString() };
}
