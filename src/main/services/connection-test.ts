import type { ConnectionOutcome, ConnectionTestResult } from '../../shared/accounts/schemas';
import type { FetchLike } from '../platform/desktop';

export interface ProbeTarget {
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  apiToken: string;
  fetch: FetchLike;
}

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

function outcomeForStatus(status: number): ConnectionOutcome {
  if (status === 200 || status === 207) return 'accepted';
  if (status === 401) return 'bad-credentials';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'account-not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'unexpected';
}

/** One cheap authenticated request (the first campaign of the account) and a plain answer about it. */
export async function probeConnection(target: ProbeTarget, timeoutMs = 15_000, now: () => Date = () => new Date()): Promise<ConnectionTestResult> {
  const url = `${target.baseUrl}/v2/accounts/${encodeURIComponent(target.accountSid)}/campaigns?limit=1`;
  const auth = Buffer.from(`${target.apiKey}:${target.apiToken}`).toString('base64');
  const signal = AbortSignal.timeout(timeoutMs);
  let outcome: ConnectionOutcome;
  try {
    const response = await target.fetch(url, { method: 'GET', headers: { Authorization: `Basic ${auth}`, Accept: 'application/json' }, signal });
    outcome = outcomeForStatus(response.status);
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    outcome = signal.aborted || (error instanceof Error && error.name === 'TimeoutError') ? 'timeout' : 'unreachable';
  }
  return { outcome, message: MESSAGES[outcome], at: now().toISOString() };
}
