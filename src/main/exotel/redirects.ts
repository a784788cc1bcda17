import type { RedirectRefusal } from './errors';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * True when an answer points elsewhere. The client fetches with `redirect: 'manual'`, so a redirect comes back as
 * itself: a 3xx with Location (Node, the app's Electron port), or an opaque redirect (a browser's fetch).
 */
export function isRedirect(response: Response): boolean {
  return REDIRECT_STATUSES.has(response.status) || response.type === 'opaqueredirect';
}

export type RedirectVerdict = { follow: string } | { refuse: RedirectRefusal; host: string | null };

/**
 * The client's one rule for redirects: nothing is sent to another origin (scheme, host and port), since the
 * request carries the account's credentials and, for a write, its body; a write is never sent again to a new
 * address, since the work may not be repeatable; a read may follow one redirect within the origin.
 */
export function judgeRedirect(requestUrl: string, response: Response, o: { write: boolean; followed: number }): RedirectVerdict {
  const location = response.headers.get('location');
  const target = location !== null && URL.canParse(location, requestUrl) ? new URL(location, requestUrl) : null;
  const from = new URL(requestUrl);
  if (!target || target.origin !== from.origin) return { refuse: 'other-host', host: target ? target.host : null };
  if (o.write) return { refuse: 'write', host: target.host };
  if (o.followed >= 1) return { refuse: 'repeated', host: target.host };
  return { follow: target.href };
}
