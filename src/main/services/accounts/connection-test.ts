import type { ConnectionOutcome, ConnectionTestResult } from '../../../shared/accounts/schemas';
import { EXOTEL_BOUNDS } from '../../../shared/exotel';
import { countOf } from '../../../shared/plural';
import { isExotelError, type ExotelClient, type ExotelError, type ExotelErrorKind } from '../../exotel';

/** The test's one attempt may take this long; with its turn under the account's pace it ends within 20 s. */
export const CONNECTION_TEST_MS: number = EXOTEL_BOUNDS.interactiveMs;
const TURN_MS = 3_000;

const MESSAGES: Record<ConnectionOutcome, string> = {
  accepted: 'Exotel accepted the API key and token for this account.',
  'bad-credentials': 'Exotel rejected the API key or token for this account. Check both on Exotel’s API settings page.',
  forbidden: 'Exotel knows the key and token but they may not use the campaigns API of this account.',
  'account-not-found': 'Exotel has no account with this Account SID on this region. Check the SID and the region.',
  unreachable: 'Could not reach the Exotel API host. Check the network connection and the region or host.',
  timeout: slowMessage(CONNECTION_TEST_MS),
  'server-error': 'The Exotel API had a problem answering. Try again in a few minutes.',
  'rate-limited': 'Exotel is limiting requests for this account right now. Try again in a minute.',
  keychain: 'The API token could not be read from the system keychain.',
  unexpected: 'Exotel answered in a way the app did not expect.',
  'not-exotel': 'This address did not answer as Exotel does: its answer could not be read. Check the region or host of the account.',
};

function slowMessage(waitedMs: number): string {
  const s = Math.max(1, Math.round(waitedMs / 1000));
  return `Exotel is slow: it did not answer within ${countOf(s, 'second')}, so the test stopped waiting. Nothing else is tried now; test again in a minute.`;
}

const SIGN_IN_PAGE = 'This address did not answer as Exotel does (it looks like a sign-in page of the network you are on).';

/** What was seen instead of Exotel, in the words a person can act on. */
function notExotelMessage(error: ExotelError): string {
  if (error.kind === 'redirected' && error.redirect?.refusal === 'other-host') {
    const where = error.redirect.host ? ` to ${error.redirect.host}` : ' elsewhere';
    return `This address did not answer as Exotel does: it sent the request on${where} (a sign-in page of the network you are on does this). Sign in to the network in a browser, or check the region or host, then test again.`;
  }
  if (error.webPage) return `${SIGN_IN_PAGE} Sign in to the network in a browser, then test again.`;
  if (error.kind === 'too-large')
    return 'This address did not answer as Exotel does: its answer was far larger than any of Exotel’s. Check the region or host of the account.';
  return MESSAGES['not-exotel'];
}

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
  // Only Exotel's envelope saying so is an acceptance: a network's sign-in page answers 200 to anything.
  'malformed-response': 'not-exotel',
  redirected: 'not-exotel',
  'too-large': 'not-exotel',
};

function outcomeOf(error: unknown): ConnectionOutcome {
  if (!isExotelError(error)) return 'unexpected';
  if (error.kind === 'aborted') return 'timeout';
  return OUTCOMES[error.kind] ?? 'unexpected';
}

function messageOf(outcome: ConnectionOutcome, error: unknown, timeoutMs: number): string {
  if (outcome === 'timeout') return slowMessage(timeoutMs);
  return outcome === 'not-exotel' && isExotelError(error) ? notExotelMessage(error) : MESSAGES[outcome];
}

/**
 * One cheap authenticated request (the first campaign of the account) through the account's shared client,
 * so it waits its turn under the account's pace, and a plain answer about it. It is not repeated on failure.
 */
export async function probeConnection(
  client: ExotelClient,
  timeoutMs = CONNECTION_TEST_MS,
  now: () => Date = () => new Date(),
): Promise<ConnectionTestResult> {
  let outcome: ConnectionOutcome;
  let message: string;
  try {
    await client.campaigns.list(
      { limit: 1 },
      { timeoutMs, deadlineMs: timeoutMs, maxRetries: 0, signal: AbortSignal.timeout(timeoutMs + TURN_MS) },
    );
    outcome = 'accepted';
    message = MESSAGES.accepted;
  } catch (error) {
    outcome = outcomeOf(error);
    message = messageOf(outcome, error, timeoutMs);
  }
  return { outcome, message, at: now().toISOString() };
}
