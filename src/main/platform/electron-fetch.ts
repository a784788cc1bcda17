import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import type { FetchLike } from './desktop';

export type NetRequest = (options: ClientRequestConstructorOptions) => ClientRequest;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function toHeaders(raw: Record<string, string | string[]>, extra: Record<string, string> = {}): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw)) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  for (const [key, value] of Object.entries(extra)) headers.set(key, value);
  return headers;
}

/**
 * A fetch over Chromium's network stack (system proxy, corporate certificates) that hands a redirect back as
 * itself, a 3xx with its Location, when asked for `redirect: 'manual'`. Electron's net.fetch instead fails such a
 * request with "Redirect was cancelled" and no address, which the Exotel client could tell neither from a lost
 * connection nor name to the user. Every other request goes to net.fetch unchanged.
 */
export function chromiumFetch(request: NetRequest, netFetch: FetchLike): FetchLike {
  return async (url, init) => {
    if (init.redirect !== 'manual') return netFetch(url, init);
    // Without the signal: a Request made with one keeps a listener on it for as long as the Request lives.
    const prepared = new Request(url, { ...init, signal: null });
    // Serialises any body (JSON text, a multipart form with its boundary) and its Content-Type once.
    const body = prepared.body ? Buffer.from(await prepared.arrayBuffer()) : null;
    const signal = init.signal ?? null;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const req = request({
        method: prepared.method,
        url: prepared.url,
        redirect: 'manual',
        credentials: 'omit',
        useSessionCookies: false,
      });
      for (const [key, value] of prepared.headers) req.setHeader(key, value);
      let settled = false;
      const release = (): void => signal?.removeEventListener('abort', onAbort);
      const fail = (error: unknown): void => {
        release();
        if (settled) return;
        settled = true;
        reject(error);
      };
      function onAbort(): void {
        req.abort();
        fail(signal?.reason ?? new DOMException('The operation was aborted', 'AbortError'));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('redirect', (status, _method, location, headers) => {
        settled = true;
        release();
        req.abort();
        resolve(new Response(null, { status, headers: toHeaders(headers, { location }) }));
      });
      req.on('response', (res: IncomingMessage) => {
        settled = true;
        // The signal still stops the body; once the body has ended, nothing is left to stop.
        res.on('end', release);
        res.on('error', release);
        res.on('aborted', release);
        const stream = NULL_BODY_STATUSES.has(res.statusCode)
          ? null
          : (Readable.toWeb(res as unknown as Readable) as ReadableStream<Uint8Array>);
        resolve(new Response(stream, { status: res.statusCode, statusText: res.statusMessage, headers: toHeaders(res.headers) }));
      });
      req.on('error', fail);
      if (body) req.end(body);
      else req.end();
    });
  };
}
