import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { EventEmitter, getEventListeners } from 'node:events';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExotelClient, realClock } from '../../../src/main/exotel';
import { chromiumFetch } from '../../../src/main/platform/electron-fetch';
import { envelope, redirect, silence, startMisbehavingHost, type MisbehavingHost } from '../../support/misbehaving-host';
import { caught } from '../exotel/helpers';

/**
 * Electron's net.request as its documentation describes it in manual redirect mode: a redirect is an event
 * (status, method, new URL, headers) and the request waits for followRedirect or abort; any other answer is a
 * 'response'. Built on Node's http, which never follows redirects itself.
 */
function fakeNetRequest(log: ClientRequestConstructorOptions[]) {
  return (options: ClientRequestConstructorOptions): ClientRequest => {
    log.push(options);
    const emitter = new EventEmitter();
    const headers: Record<string, string> = {};
    const req = httpRequest(options.url as string, { method: options.method, headers });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (options.redirect === 'manual' && status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        emitter.emit('redirect', status, options.method, new URL(res.headers.location, options.url as string).href, res.headers);
      } else {
        emitter.emit('response', Object.assign(res, { statusMessage: res.statusMessage ?? '' }));
      }
    });
    req.on('error', (error) => emitter.emit('error', error));
    return Object.assign(emitter, {
      setHeader: (key: string, value: string) => void req.setHeader(key, value),
      end: (body?: Buffer) => void req.end(body),
      abort: () => void req.destroy(),
    }) as unknown as ClientRequest;
  };
}

let host: MisbehavingHost;
let elsewhere: MisbehavingHost;
beforeEach(async () => {
  host = await startMisbehavingHost();
  elsewhere = await startMisbehavingHost();
});
afterEach(async () => {
  await host.close();
  await elsewhere.close();
});

const netFetchNeverUsed = async (): Promise<Response> => {
  throw new Error('manual redirects must not go through net.fetch');
};

describe('the app’s fetch over Chromium’s network stack', () => {
  it('hands a redirect back, so the client refuses a pause sent on to another host and names it', async () => {
    const log: ClientRequestConstructorOptions[] = [];
    const client = createExotelClient({
      credentials: { baseUrl: host.url, accountSid: 'acct', apiKey: 'key', apiToken: 'token' },
      fetch: chromiumFetch(fakeNetRequest(log), netFetchNeverUsed),
      clock: realClock,
      requestsPerMinute: 6000,
    });
    host.answer(redirect(307, `${elsewhere.url}/v2/accounts/acct/campaigns/x`));
    const error = await caught(client.campaigns.action('c'.repeat(36), 'pause'));
    expect(error).toMatchObject({ kind: 'redirected', redirect: { host: elsewhere.host, refusal: 'other-host' } });
    expect(elsewhere.seen).toEqual([]);
    expect(host.seen[0]).toMatchObject({ method: 'PUT', body: '{"campaigns":[{"action":"pause"}]}' });
    expect(log[0]).toMatchObject({ redirect: 'manual', credentials: 'omit', useSessionCookies: false });
  });

  it('reads an ordinary answer, sends a form with its boundary, and lets go of the signal', async () => {
    const fetch = chromiumFetch(fakeNetRequest([]), netFetchNeverUsed);
    host.answer(envelope(200, [{ sid: 'l1' }]));
    const job = new AbortController();
    const form = new FormData();
    form.set('list_name', 'Leads');
    const response = await fetch(host.url + '/upload', { method: 'POST', body: form, signal: job.signal, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { response: unknown[] }).response).toHaveLength(1);
    expect(host.seen[0]?.body).toContain('name="list_name"');
    expect(host.seen[0]?.body).toContain('Leads');
    await new Promise((resolve) => setImmediate(resolve));
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  });

  it('stops a request that is not answered when its signal aborts', async () => {
    const fetch = chromiumFetch(fakeNetRequest([]), netFetchNeverUsed);
    host.answer(silence);
    const job = new AbortController();
    const pending = fetch(host.url, { method: 'GET', signal: job.signal, redirect: 'manual' });
    setTimeout(() => job.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  });

  it('leaves any other request to net.fetch', async () => {
    const used: string[] = [];
    const fetch = chromiumFetch(fakeNetRequest([]), async (url) => {
      used.push(url);
      return new Response('ok');
    });
    await fetch('https://example.invalid/a', { method: 'GET' });
    expect(used).toEqual(['https://example.invalid/a']);
  });
});
