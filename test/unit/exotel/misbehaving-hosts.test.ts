import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExotelClient, realClock, type ExotelClient, type ExotelClientOptions } from '../../../src/main/exotel';
import {
  endlessBody,
  envelope,
  garbage,
  hugeBody,
  hugeChunkedBody,
  redirect,
  signInPage,
  silence,
  startMisbehavingHost,
  type MisbehavingHost,
} from '../../support/misbehaving-host';
import { caught } from './helpers';

// Limits scaled down from the app's (20 s an attempt, 45 s a read, 20 MB an answer) so each case runs in a second or two.
const LIMITS = { timeoutMs: 300, deadlineMs: 2500, maxBodyBytes: 1024 * 1024, slowAfterMs: 100 } as const;
const CAMPAIGN = 'c'.repeat(36);

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

function client(extra: Partial<ExotelClientOptions> = {}): ExotelClient {
  return createExotelClient({
    credentials: { baseUrl: host.url, accountSid: 'acct', apiKey: 'key', apiToken: 'secret-token' },
    fetch: (url, init) => fetch(url, init),
    clock: realClock,
    random: () => 0,
    requestsPerMinute: 6000,
    ...LIMITS,
    ...extra,
  });
}

describe('redirects', () => {
  it('a pause answered with a 307 to another host is not sent there, and the message names that host', async () => {
    host.answer(redirect(307, `${elsewhere.url}/v2/accounts/acct/campaigns/${CAMPAIGN}`));
    const error = await caught(client().campaigns.action(CAMPAIGN, 'pause'));
    expect(error).toMatchObject({ kind: 'redirected', status: 307, redirect: { host: elsewhere.host, refusal: 'other-host' } });
    expect(error.plainMessage).toContain(elsewhere.host);
    expect(elsewhere.seen).toEqual([]);
    expect(host.seen.map((s) => s.method)).toEqual(['PUT']);
  });

  it('a write is not sent again even to another address on the same host', async () => {
    host.answer(redirect(308, '/v2/accounts/acct/campaigns-moved'), envelope(200, []));
    const error = await caught(client().campaigns.action(CAMPAIGN, 'pause'));
    expect(error).toMatchObject({ kind: 'redirected', redirect: { refusal: 'write' } });
    expect(host.seen).toHaveLength(1);
  });

  it('a read pointed at another host is not followed: no credentials leave for it', async () => {
    host.answer(redirect(302, `${elsewhere.url}/login`));
    const error = await caught(client().campaigns.list());
    expect(error).toMatchObject({ kind: 'redirected', redirect: { host: elsewhere.host, refusal: 'other-host' } });
    expect(error.plainMessage).toBe(
      `The request to list campaigns was sent on to another host, ${elsewhere.host}. The app does not follow that, so nothing went there. Check the account's region or host; on a hotel or office network, sign in to the network first.`,
    );
    expect(elsewhere.seen).toEqual([]);
    expect(host.seen).toHaveLength(1);
  });

  it('a read follows one redirect within the same host, not two', async () => {
    host.answer(redirect(301, '/v2/accounts/acct/campaigns?offset=0&limit=20'), envelope(200, []));
    const page = await client().campaigns.list();
    expect(page.items).toEqual([]);
    expect(host.seen.map((s) => s.path)).toEqual([expect.stringContaining('/campaigns'), '/v2/accounts/acct/campaigns?offset=0&limit=20']);
    expect(host.seen[1]?.authorization).toBe(host.seen[0]?.authorization);

    host.seen.length = 0;
    host.answer(redirect(302, '/one'), redirect(302, '/two'), envelope(200, []));
    expect(await caught(client().campaigns.list())).toMatchObject({ kind: 'redirected', redirect: { refusal: 'repeated' } });
    expect(host.seen.map((s) => s.path).slice(1)).toEqual(['/one']);
  });
});

describe('time a person can wait for', () => {
  it('a read of a host that never answers fails within its deadline, retries included, saying Exotel is slow', async () => {
    host.answer(silence);
    const began = Date.now();
    const error = await caught(client().campaigns.callDetails(CAMPAIGN));
    const took = Date.now() - began;
    expect(error.kind).toBe('timeout');
    expect(took).toBeLessThan(LIMITS.deadlineMs + 500);
    expect(host.seen.length).toBeGreaterThanOrEqual(2);
    expect(error.plainMessage).toMatch(
      /^Exotel is slow: it did not answer within \d+ seconds? while trying to read the campaign’s calls, so the app stopped waiting\.$/,
    );
  });

  it('tells a waiting person early that Exotel is slow, once', async () => {
    host.answer(silence);
    const told: number[] = [];
    const began = Date.now();
    await caught(client().campaigns.list({}, { onSlow: () => told.push(Date.now() - began) }));
    expect(told).toHaveLength(1);
    expect(told[0]).toBeGreaterThanOrEqual(LIMITS.slowAfterMs - 20);
    expect(told[0]).toBeLessThan(LIMITS.timeoutMs);
  });
});

describe('answers too large to hold', () => {
  it('an endless body is cut off at the cap, not read until the time runs out, and not asked for again', async () => {
    host.answer(endlessBody);
    const began = Date.now();
    const error = await caught(client({ timeoutMs: 10_000, deadlineMs: 20_000 }).campaigns.list());
    expect(error).toMatchObject({ kind: 'too-large', limitBytes: LIMITS.maxBodyBytes });
    expect(error.plainMessage).toContain('larger than 1 MB');
    expect(Date.now() - began).toBeLessThan(5000);
    expect(host.seen).toHaveLength(1);
  });

  it('a huge unreadable answer is downloaded once, whether or not it says its length', async () => {
    for (const huge of [hugeBody(60 * 1024 * 1024), hugeChunkedBody(60 * 1024 * 1024)]) {
      host.seen.length = 0;
      host.answer(huge);
      expect(await caught(client().campaigns.list())).toMatchObject({ kind: 'too-large' });
      expect(host.seen).toHaveLength(1);
    }
  });

  it('an unreadable 2xx is asked for again once, not five times', async () => {
    host.answer(garbage);
    expect(await caught(client().campaigns.list())).toMatchObject({ kind: 'malformed-response', status: 200, webPage: false });
    expect(host.seen).toHaveLength(2);
  });

  it('a sign-in page answering 200 is a web page, not an answer from Exotel', async () => {
    host.answer(signInPage);
    const error = await caught(client().campaigns.list());
    expect(error).toMatchObject({ kind: 'malformed-response', webPage: true });
    expect(error.plainMessage).toContain('sign-in page of the network you are on');
  });
});

describe('abort listeners', () => {
  it('a job’s signal keeps no listener from the requests made with it, whatever they ended in', async () => {
    const job = new AbortController();
    const c = client();
    host.answer(envelope(200, []));
    for (let i = 0; i < 15; i++) await c.campaigns.list({}, { signal: job.signal });
    host.answer(garbage, envelope(200, []));
    await c.campaigns.list({}, { signal: job.signal });
    host.answer(redirect(302, `${elsewhere.url}/x`));
    await caught(c.campaigns.list({}, { signal: job.signal }));
    host.answer(silence);
    await caught(c.campaigns.list({}, { signal: job.signal, deadlineMs: 400 }));
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  });
});
