import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../../src/main/exotel';
import { Pacer } from '../../../src/main/exotel/pacer';
import { caught, count, fakeClock, numbers, startHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('pacing under Exotel’s rate limit', () => {
  it('sends a burst of 5, then one request every 2 seconds at 30 a minute', async () => {
    const startedAt = h.clock.now();
    const sentAt: number[] = [];
    for (let i = 0; i < 12; i++) {
      await h.client.campaigns.list();
      sentAt.push(h.clock.now() - startedAt);
    }
    expect(sentAt.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(sentAt.slice(5)).toEqual([2000, 4000, 6000, 8000, 10000, 12000, 14000]);
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(12);
  });

  it('keeps concurrent requests in order and within the rate', async () => {
    const clock = fakeClock(0);
    const pacer = new Pacer({ requestsPerMinute: 60, burst: 1, clock });
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await pacer.take();
        order.push(i);
      }),
    );
    expect(order).toEqual([0, 1, 2, 3]);
    // Four requests at one a second with no burst: three waits of a second.
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(clock.now()).toBe(3000);
  });

  it('honours Retry-After, and holds back the requests that follow', async () => {
    h.sandbox.faults.inject({ kind: 'rate-limit', method: 'GET', path: '/campaigns', retryAfterSeconds: 7 });
    const before = h.clock.now();
    await h.client.campaigns.list();
    expect(h.clock.now() - before).toBeGreaterThanOrEqual(7000);
    expect(h.clock.sleeps).toContain(7000);
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(2);
  });

  it('repeats a create refused with 429, since Exotel did nothing with it', async () => {
    h.sandbox.faults.inject({ kind: 'rate-limit', method: 'POST', path: '/campaigns', retryAfterSeconds: 2 });
    const made = await h.client.campaigns.create({ name: 'Paced launch', callerId: '08047112233', readViaText: 'Hi', from: numbers(1) });
    expect(made.name).toBe('Paced launch');
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(2);
    expect((await h.client.campaigns.list()).total).toBe(1);
  });

  it('hands back a Retry-After too long to wait out', async () => {
    h.sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 600 });
    const error = await caught(h.makeClient({ maxRetryWaitMs: 60_000 }).campaigns.list());
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 600_000 });
    expect(error.plainMessage).toContain('Try again in 600 seconds');
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(1);
  });

  it('a request cancelled while waiting its turn is never sent', async () => {
    const waiting = {
      now: () => 0,
      sleep: (_ms: number, signal?: AbortSignal) =>
        new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
    };
    const client = h.makeClient({ clock: waiting, burst: 1 });
    await client.campaigns.list();
    const controller = new AbortController();
    const pending = caught(client.campaigns.list({}, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect((await pending).kind).toBe('aborted');
    expect(count(h.sandbox, 'GET', '/campaigns')).toBe(1);
  });

  it('a create cancelled in flight is an unknown outcome, since it may have arrived', async () => {
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 3000, method: 'POST' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await caught(
      h.client.campaigns.create(
        { name: 'Cancelled launch', callerId: '08047112233', readViaText: 'Hi', from: numbers(1) },
        { signal: controller.signal },
      ),
    );
    expect(error.kind).toBe('unknown-outcome');
  });
});

describe('backoff and Retry-After reading', () => {
  it('doubles up to a cap, with half of each wait left to chance', () => {
    const o = { baseMs: 1000, capMs: 8000 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, { ...o, random: () => 0 }))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, { ...o, random: () => 0.999 }))).toEqual([1000, 1999, 3998, 7996, 7996]);
  });

  it('reads seconds or an HTTP date, and ignores nonsense', () => {
    const now = Date.parse('2025-03-03T04:30:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 04:30:12 GMT', now)).toBe(12_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
