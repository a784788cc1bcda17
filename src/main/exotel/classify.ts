import type { ExotelErrorKind } from './errors';

/** Exotel's v2 error codes, for answers whose HTTP status alone is ambiguous. */
const CODE_KINDS: Record<number, ExotelErrorKind> = {
  1000: 'not-found',
  1001: 'validation',
  1002: 'validation',
  1003: 'forbidden',
  1007: 'validation',
  1008: 'conflict',
  1010: 'bad-credentials',
  1011: 'validation',
};

export function kindFor(status: number, exotelCode: number | null): ExotelErrorKind {
  switch (status) {
    case 401:
      return 'bad-credentials';
    case 402:
      return 'plan-limit';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    case 408:
      return 'timeout';
  }
  if (status >= 500) return 'server-error';
  return (exotelCode !== null && CODE_KINDS[exotelCode]) || 'validation';
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const NOT_SENT_CHROMIUM =
  /net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|PROXY_CONNECTION_FAILED|NAME_RESOLUTION_FAILED)/;

/**
 * True when a transport failure shows the request never left this machine (refused connection,
 * unknown host): then a write may be sent again without risk. Node puts the reason in `cause.code`;
 * Electron's net.fetch puts a Chromium net error in the message.
 */
export function provablyNotSent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (typeof current !== 'object') return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && NOT_SENT_CHROMIUM.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
