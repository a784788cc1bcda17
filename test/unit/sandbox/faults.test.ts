import { beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { numbers, START } from '../exotel/helpers';
import { rawCaller, type RawCall } from './raw';

let sandbox: Sandbox;
let call: RawCall;
const campaign = { campaigns: [{ name: 'Fault check', caller_id: '08047112233', from: numbers(2), read_via_text: 'Hi' }] };

beforeEach(() => {
  sandbox = new Sandbox({ seed: 3, speed: 0, start: START });
  call = rawCaller(sandbox);
});

async function campaignsMade(): Promise<number> {
  return ((await call('GET', '/campaigns')).body.metadata as { total: number }).total;
}

describe('fault injection', () => {
  it('rate limit: 429 with Retry-After, and the work is not done', async () => {
    sandbox.faults.inject({ kind: 'rate-limit', method: 'POST', retryAfterSeconds: 9 });
    const answer = await call('POST', '/campaigns', campaign);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('9');
    expect(await campaignsMade()).toBe(0);
  });

  it('server error: a 5xx page before the work, or after it', async () => {
    sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'POST' });
    const res = await sandbox.fetch(`http://x/v2/accounts/sandbox/campaigns`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
    expect(await campaignsMade()).toBe(0);
    sandbox.faults.inject({ kind: 'server-error', status: 502, afterWork: true, method: 'POST' });
    expect((await call('POST', '/campaigns', campaign)).status).toBe(502);
    expect(await campaignsMade()).toBe(1);
  });

  it('plan limit: any status with Exotel’s envelope', async () => {
    sandbox.faults.inject({ kind: 'status', status: 402, description: 'Insufficient balance' });
    const answer = await call('GET', '/campaigns');
    expect([answer.status, answer.description]).toEqual([402, 'Insufficient balance']);
  });

  it('slow: the answer is held back', async () => {
    sandbox.faults.inject({ kind: 'slow', delayMs: 150 });
    const started = Date.now();
    expect((await call('GET', '/campaigns')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('lost answer: the connection drops after the campaign was made', async () => {
    sandbox.faults.inject({ kind: 'lost-answer', method: 'POST', path: '/campaigns' });
    await expect(call('POST', '/campaigns', campaign)).rejects.toThrow('fetch failed');
    expect(await campaignsMade()).toBe(1);
    expect(sandbox.requests.map((r) => [r.method, r.path, r.outcome])).toEqual([
      ['POST', '/campaigns', 'lost'],
      ['GET', '/campaigns', 207],
    ]);
  });

  it('malformed: the work is done and the body is cut off', async () => {
    sandbox.faults.inject({ kind: 'malformed', method: 'POST' });
    const res = await sandbox.fetch('http://x/v2/accounts/sandbox/campaigns', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${sandbox.credentials.apiKey}:${sandbox.credentials.apiToken}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(campaign),
    });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    expect(await campaignsMade()).toBe(1);
  });

  it('matches by method and path, counts down, and clears', async () => {
    sandbox.faults.inject({ kind: 'status', status: 500, method: 'GET', path: /^\/lists/, count: 2 });
    expect((await call('GET', '/campaigns')).status).toBe(200);
    expect((await call('GET', '/lists')).status).toBe(500);
    expect((await call('GET', '/lists')).status).toBe(500);
    expect((await call('GET', '/lists')).status).toBe(200);
    sandbox.faults.inject({ kind: 'status', status: 500, count: Infinity });
    expect(sandbox.faults.pending()).toBe(1);
    sandbox.faults.clear();
    expect((await call('GET', '/lists')).status).toBe(200);
  });
});
