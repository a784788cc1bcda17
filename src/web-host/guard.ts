import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the stand-in preload puts on every call; a browser never adds it by itself, cross-site or not. */
export const KEY_HEADER = 'x-desk-key';

export function sameSecret(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Every request, static files and the event stream included: the Host must be the loopback address the host
 * listens on (a page that rebinds a name of its own to 127.0.0.1 sends its own name), and an Origin, when the
 * browser sends one, must be the host's own (another site, or another port on this computer, is refused).
 */
export function refuseForeign(req: IncomingMessage, origin: string): string | null {
  if (header(req, 'host') !== new URL(origin).host) return 'This address answers only as ' + origin + '.';
  const from = header(req, 'origin');
  if (from !== undefined && from !== origin) return 'Requests from other pages are refused.';
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Requests from other pages are refused.';
  return null;
}

/** Calls into the app (ipc, events, drops) carry the key in their header and come from the app's own origin. */
export function refuseCall(req: IncomingMessage, origin: string, secret: string): string | null {
  if (header(req, 'origin') !== origin) return 'Requests from other pages are refused.';
  if (!sameSecret(header(req, KEY_HEADER), secret)) return 'Open the address printed by the host; it carries the key.';
  return null;
}
