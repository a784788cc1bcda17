import { describe, expect, it } from 'vitest';
import { probeConnection } from '../../../src/main/services/connection-test';

const target = { baseUrl: 'https://api.exotel.com', accountSid: 'acme', apiKey: 'k', apiToken: 't' };

describe('test connection', () => {
  it('says it timed out when Exotel does not answer in time', async () => {
    const hanging = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = await probeConnection({ ...target, fetch: hanging }, 50);
    expect(result.outcome).toBe('timeout');
    expect(result.message).toMatch(/did not answer in time/);
  });

  it('says a 403 is a permission problem, not wrong credentials', async () => {
    const result = await probeConnection({ ...target, fetch: async () => new Response('{}', { status: 403 }) });
    expect(result).toMatchObject({ outcome: 'forbidden', message: expect.stringMatching(/may not use the campaigns API/) });
  });
});
