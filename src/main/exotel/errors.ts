import { countOf } from '../../shared/plural';
export type ExotelErrorKind =
  | 'bad-credentials'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'rate-limited'
  | 'plan-limit'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unknown-outcome'
  | 'malformed-response'
  /** The answer pointed elsewhere (an HTTP redirect) and the client did not follow it. */
  | 'redirected'
  /** The answer was longer than the client reads; it stopped reading. */
  | 'too-large';

/** Why a redirect was not followed: to another host never; a write never; a read once at most. */
export type RedirectRefusal = 'other-host' | 'write' | 'repeated';

export interface ExotelErrorInit {
  kind: ExotelErrorKind;
  /** What was being done, in words: "create the campaign". */
  action: string;
  status?: number;
  exotelCode?: number;
  field?: string;
  retryAfterMs?: number;
  /** Exotel's own words, when it sent any. */
  detail?: string;
  raw?: unknown;
  cause?: unknown;
  /** Found by the client before sending: Exotel never saw the request. */
  local?: boolean;
  /** For 'redirected': where the answer pointed (its host) and why the client did not go there. */
  redirect?: { host: string | null; refusal: RedirectRefusal };
  /** For 'too-large': the most the client reads of one answer. */
  limitBytes?: number;
  /** The unreadable answer was a web page (HTML): a network's sign-in page, a proxy's notice, a wrong host. */
  webPage?: boolean;
  /** For 'timeout': how long the client waited in all, attempts and pauses between them. */
  waitedMs?: number;
}

/**
 * A failure the UI can act on. `kind` says what to do about it; `plainMessage` says it to a person.
 * For a write, `network` means the request provably never reached Exotel, and anything uncertain is
 * `unknown-outcome`: the work may have been done, so look before sending it again.
 */
export class ExotelError extends Error {
  readonly kind: ExotelErrorKind;
  readonly action: string;
  readonly status?: number;
  readonly exotelCode?: number;
  readonly field?: string;
  readonly retryAfterMs?: number;
  readonly detail?: string;
  readonly raw?: unknown;
  readonly redirect?: { host: string | null; refusal: RedirectRefusal };
  readonly limitBytes?: number;
  readonly webPage: boolean;
  readonly plainMessage: string;

  constructor(init: ExotelErrorInit) {
    const plain = plainMessageFor(init);
    super(plain, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ExotelError';
    this.kind = init.kind;
    this.action = init.action;
    this.status = init.status;
    this.exotelCode = init.exotelCode;
    this.field = init.field;
    this.retryAfterMs = init.retryAfterMs;
    this.detail = init.detail;
    this.raw = init.raw;
    this.redirect = init.redirect;
    this.limitBytes = init.limitBytes;
    this.webPage = init.webPage ?? false;
    this.plainMessage = plain;
  }
}

export function isExotelError(value: unknown): value is ExotelError {
  return value instanceof ExotelError;
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return countOf(s, 'second');
}

function megabytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'the most the app reads';
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function redirectMessage(init: ExotelErrorInit): string {
  const host = init.redirect?.host;
  switch (init.redirect?.refusal) {
    case 'other-host':
      return `The request to ${init.action} was sent on to another host${host ? `, ${host}` : ''}. The app does not follow that, so nothing went there. Check the account's region or host; on a hotel or office network, sign in to the network first.`;
    case 'write':
      return `Exotel answered the request to ${init.action} by pointing to another address. A change is never sent on to another address, so it was not done: try again, and check the account's host if it keeps happening.`;
    default:
      return `The request to ${init.action} was sent on to another address more than once, so the app stopped following it.`;
  }
}

function withDetail(text: string, init: ExotelErrorInit): string {
  const code = init.exotelCode === undefined ? '' : ` (Exotel code ${init.exotelCode})`;
  return init.detail ? `${text}: ${init.detail}${code}` : `${text}${code}`;
}

function plainMessageFor(init: ExotelErrorInit): string {
  const { action } = init;
  switch (init.kind) {
    case 'bad-credentials':
      return 'Exotel rejected the API key or token for this account. Check them in the account settings.';
    case 'forbidden':
      return withDetail(`Exotel did not allow this account to ${action}`, init);
    case 'not-found':
      return withDetail(`Exotel could not find what was asked for while trying to ${action}`, init);
    case 'validation':
      if (init.local) return `Did not ${action}, nothing was sent to Exotel: ${init.detail ?? 'the request is not valid'}`;
      return withDetail(`Exotel did not accept the request to ${action}`, init);
    case 'conflict':
      return withDetail(`Exotel refused to ${action}`, init);
    case 'rate-limited':
      return init.retryAfterMs === undefined
        ? 'Exotel is limiting how fast this account can send requests. Try again in a minute.'
        : `Exotel is limiting how fast this account can send requests. Try again in ${seconds(init.retryAfterMs)}.`;
    case 'plan-limit':
      return withDetail(`Exotel refused to ${action} because of a plan or usage limit on the account`, init);
    case 'server-error':
      return `Exotel had a problem on its side${init.status ? ` (HTTP ${init.status})` : ''} while trying to ${action}. Try again shortly.`;
    case 'network':
      return `Could not reach Exotel to ${action}. Check the internet connection.`;
    case 'timeout':
      return init.waitedMs === undefined
        ? `Exotel did not answer in time while trying to ${action}.`
        : `Exotel is slow: it did not answer within ${seconds(init.waitedMs)} while trying to ${action}, so the app stopped waiting.`;
    case 'aborted':
      return `Stopped before Exotel answered the request to ${action}.`;
    case 'unknown-outcome':
      return `The answer from Exotel was lost, so it is not known whether it managed to ${action}. Check before trying again.`;
    case 'malformed-response':
      return init.webPage
        ? `The address answered with a web page instead of Exotel's answer while trying to ${action} (it looks like a sign-in page of the network you are on).`
        : `Exotel sent an answer that could not be read while trying to ${action}.`;
    case 'redirected':
      return redirectMessage(init);
    case 'too-large':
      return `The answer to the request to ${action} was larger than ${megabytes(init.limitBytes)}, so the app stopped reading it. Exotel's answers are far smaller: the address may not be Exotel's.`;
  }
}
