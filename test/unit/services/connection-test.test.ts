import { describe, expect, it } from 'vitest';
import { createExotelClient, type FetchLike } from '../../../src/main/exotel';
import { probeConnection } from '../../../src/main/services/accounts/connection-test';

const credentials = { baseUrl: 'https://api.exotel.com', accountSid: 'acme', apiKey: 'k', apiToken: 't' };
const clientOver = (fetch: FetchLike) => createExotelClient({ credentials, fetch, requestsPerMinute: 600 });

describe('test connection', () => {
  it('says it timed out when Exotel does not answer in time', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = await probeConnection(clientOver(hanging), 50);
    expect(result.outcome).toBe('timeout');
    expect(result.message).toMatch(/^Exotel is slow: it did not answer within 1 second, so the test stopped waiting/);
  });

  it('says a 403 is a permission problem, not wrong credentials', async () => {
    const result = await probeConnection(clientOver(async () => new Response('{}', { status: 403 })));
    expect(result).toMatchObject({ outcome: 'forbidden', message: expect.stringMatching(/may not use the campaigns API/) });
  });

  it('asks once through the account’s client, with its Basic auth, and does not repeat a server error', async () => {
    const seen: Array<{ url: string; auth: string | null }> = [];
    const failing: FetchLike = async (url, init) => {
      seen.push({ url, auth: new Headers(init.headers).get('authorization') });
      return new Response('oops', { status: 503 });
    };
    const result = await probeConnection(clientOver(failing));
    expect(result.outcome).toBe('server-error');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://api.exotel.com/v2/accounts/acme/campaigns?offset=0&limit=1');
    expect(seen[0]?.auth).toBe(`Basic ${Buffer.from('k:t').toString('base64')}`);
  });
});
