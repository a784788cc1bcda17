import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExotelClient, exotelBaseUrl, findCampaignByName, realClock, type Exchange } from '../../../src/main/exotel';
import { caught, count, numbers, startHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const campaign = { name: 'Outbox launch 42', callerId: '08047112233', readViaText: 'Hello', from: numbers(2) };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('every error class, as the UI sees it', () => {
  it('bad credentials', async () => {
    const client = h.makeClient({ credentials: { baseUrl: h.server.url, ...h.sandbox.credentials, apiToken: 'wrong' } });
    const error = await caught(client.campaigns.list());
    expect(error).toMatchObject({ kind: 'bad-credentials', status: 401, exotelCode: 1010 });
    expect(error.plainMessage).toBe('Exotel rejected the API key or token for this account. Check them in the account settings.');
  });

  it('forbidden: credentials for another account', async () => {
    const client = h.makeClient({ credentials: { baseUrl: h.server.url, ...h.sandbox.credentials, accountSid: 'someone-else' } });
    expect(await caught(client.campaigns.list())).toMatchObject({ kind: 'forbidden', status: 403, exotelCode: 1003 });
  });

  it('not found', async () => {
    const error = await caught(h.client.campaigns.get('0'.repeat(36)));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, exotelCode: 1000 });
    expect(error.plainMessage).toContain('read the campaign');
  });

  it('validation from Exotel names the field and code', async () => {
    const error = await caught(h.client.campaigns.create({ ...campaign, from: ['+919812345678', '12345'] }));
    expect(error).toMatchObject({ kind: 'validation', status: 400, exotelCode: 1002, field: 'from[1]' });
    expect(error.plainMessage).toBe(
      'Exotel did not accept the request to create the campaign: from[1]: "12345" is not a valid phone number (Exotel code 1002)',
    );
  });

  it('validation found before sending is never sent', async () => {
    const error = await caught(h.client.campaigns.create({ ...campaign, name: 'abc' }));
    expect(error).toMatchObject({ kind: 'validation', field: 'name' });
    expect(error.status).toBeUndefined();
    expect(error.plainMessage).toBe(
      'Did not create the campaign, nothing was sent to Exotel: name: A campaign name needs more than 3 characters',
    );
    expect(await caught(h.client.campaigns.create({ ...campaign, mode: 'custom', throttle: 60 }))).toMatchObject({ field: 'throttle' });
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(0);
  });

  it('conflict', async () => {
    const made = await h.client.campaigns.create(campaign);
    expect(await caught(h.client.campaigns.action(made.id, 'archive'))).toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('rate limited, after the allowed retries, with the wait Exotel asked for', async () => {
    h.sandbox.faults.inject({ kind: 'rate-limit', path: '/campaigns', retryAfterSeconds: 3, count: Infinity });
    const client = h.makeClient({ maxRetries: 2 });
    const error = await caught(client.campaigns.list());
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 3000 });
    expect(error.plainMessage).toContain('Try again in 3 seconds');
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(3);
  });

  it('plan or usage limit', async () => {
    h.sandbox.faults.inject({ kind: 'status', status: 402, description: 'Insufficient balance' });
    const error = await caught(h.client.campaigns.create(campaign));
    expect(error).toMatchObject({ kind: 'plan-limit', status: 402 });
    expect(error.plainMessage).toContain('Insufficient balance');
  });

  it('server error on a read, after retrying with growing waits', async () => {
    h.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'GET', count: Infinity });
    const error = await caught(h.makeClient({ maxRetries: 3 }).campaigns.list());
    expect(error).toMatchObject({ kind: 'server-error', status: 503 });
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(4);
    expect(h.clock.sleeps.filter((ms) => ms >= 750)).toEqual([750, 1500, 3000]);
  });

  it('network: nothing listening, for a read and for a create (which provably never left)', async () => {
    const client = h.makeClient({
      credentials: { ...h.sandbox.credentials, baseUrl: `http://127.0.0.1:${await closedPort()}` },
      maxRetries: 1,
    });
    expect(await caught(client.campaigns.list())).toMatchObject({ kind: 'network' });
    const create = await caught(client.campaigns.create(campaign));
    expect(create.kind).toBe('network');
    expect(create.plainMessage).toBe('Could not reach Exotel to create the campaign. Check the internet connection.');
  });

  it('timeout on a slow read; a read that is slow once succeeds on the retry', async () => {
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 3000, method: 'GET', count: Infinity });
    const stuck = h.makeClient({ timeoutMs: 100, maxRetries: 0 });
    expect(await caught(stuck.campaigns.list())).toMatchObject({ kind: 'timeout' });
    h.sandbox.faults.clear();
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 3000, method: 'GET' });
    const page = await h.makeClient({ timeoutMs: 100, maxRetries: 1 }).campaigns.list();
    expect(page.items).toEqual([]);
  });

  it('aborted: a read in flight stops at once when the user cancels', async () => {
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 5000, method: 'GET' });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await caught(h.client.campaigns.list({}, { signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('malformed answers to a read are retried, then reported', async () => {
    h.sandbox.faults.inject({ kind: 'malformed', method: 'GET' });
    expect((await h.client.campaigns.list()).total).toBe(0);
    h.sandbox.faults.inject({ kind: 'malformed', method: 'GET', count: Infinity });
    expect(await caught(h.makeClient({ maxRetries: 1 }).campaigns.list())).toMatchObject({ kind: 'malformed-response', status: 200 });
  });
});

describe('a create whose answer was lost', () => {
  it.each([
    ['the connection drops after the work', { kind: 'lost-answer' as const }],
    ['a gateway error after the work', { kind: 'server-error' as const, status: 502, afterWork: true }],
    ['a broken body after the work', { kind: 'malformed' as const }],
  ])('%s: unknown outcome, sent exactly once, then found by name', async (_, fault) => {
    h.sandbox.faults.inject({ ...fault, method: 'POST', path: '/campaigns' });
    const error = await caught(h.client.campaigns.create(campaign));
    expect(error.kind).toBe('unknown-outcome');
    expect(error.plainMessage).toBe(
      'The answer from Exotel was lost, so it is not known whether it managed to create the campaign. Check before trying again.',
    );
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(1);
    const found = await findCampaignByName(h.client, campaign.name);
    expect(found?.name).toBe(campaign.name);
  });

  it('a create that times out is unknown too, and is not repeated', async () => {
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 2000, method: 'POST', path: '/campaigns' });
    const client = createExotelClient({
      credentials: { baseUrl: h.server.url, ...h.sandbox.credentials },
      fetch,
      timeoutMs: 100,
      clock: realClock,
    });
    expect((await caught(client.campaigns.create(campaign))).kind).toBe('unknown-outcome');
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(1);
  });

  it('a 5xx before any work is still unknown to the client, and a name search shows nothing was made', async () => {
    h.sandbox.faults.inject({ kind: 'server-error', status: 500, method: 'POST', path: '/campaigns' });
    expect((await caught(h.client.campaigns.create(campaign))).kind).toBe('unknown-outcome');
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(1);
    expect(await findCampaignByName(h.client, campaign.name)).toBeNull();
  });
});

describe('diagnostics and addresses', () => {
  it('reports every attempt with its raw answer, and never the token', async () => {
    const seen: Exchange[] = [];
    h.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'GET' });
    await h.makeClient({ onExchange: (e) => seen.push(e) }).campaigns.list();
    expect(seen.map((e) => [e.method, e.attempt, e.status, e.outcome])).toEqual([
      ['GET', 0, 503, 'server-error'],
      ['GET', 1, 200, 'ok'],
    ]);
    expect(seen[1]?.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(seen[1]?.raw).toMatchObject({ http_code: 200, response: [] });
    expect(JSON.stringify(seen)).not.toContain(h.sandbox.credentials.apiToken);
  });

  it('builds the base address from the region or a checked custom host', () => {
    expect(exotelBaseUrl('singapore')).toBe('https://api.exotel.com');
    expect(exotelBaseUrl('mumbai')).toBe('https://api.in.exotel.com');
    expect(exotelBaseUrl('custom', 'http://127.0.0.1:4010/')).toBe('http://127.0.0.1:4010');
    expect(() => exotelBaseUrl('custom', 'http://example.com')).toThrow('Plain http is allowed only to this computer');
  });
});
