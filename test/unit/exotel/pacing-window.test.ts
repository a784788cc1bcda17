import { describe, expect, it } from 'vitest';
import type { ClientClock } from '../../../src/main/exotel';
import { Pacer } from '../../../src/main/exotel/pacer';
import { Sandbox } from '../../../src/main/sandbox';
import { ExotelAccess } from '../../../src/main/services/exotel-access/exotel-access';
import type { AccountRecord } from '../../../src/main/store/accounts-repo';
import { MemorySecrets } from '../../support/memory-secrets';
import { fakeClock, numbers, START } from './helpers';

const LIMIT = 30;
const WINDOW = 60_000;

/**
 * Time that passes only while everyone is asleep: each sleeper wakes at its own deadline, earliest first, so
 * work running side by side sees one timeline (the helpers' fake clock jumps for every sleeper at once).
 */
function virtualClock(): ClientClock {
  let t = 0;
  const pending: Array<{ at: number; wake: () => void }> = [];
  let scheduled = false;
  const tick = (): void => {
    scheduled = false;
    pending.sort((a, b) => a.at - b.at);
    const next = pending.shift();
    if (!next) return;
    t = Math.max(t, next.at);
    next.wake();
    if (pending.length) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(tick);
  };
  return {
    now: () => t,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        pending.push({ at: t + ms, wake: resolve });
        schedule();
      }),
  };
}

/** The most requests any stretch of 60 seconds saw. */
function busiestWindow(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= WINDOW) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('a strict minute', () => {
  it('the pacer alone: 200 back-to-back requests, never more than 30 in any 60 seconds', async () => {
    const clock = fakeClock(0);
    const pacer = new Pacer({ requestsPerMinute: LIMIT, burst: 5, clock });
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      await pacer.take();
      times.push(clock.now());
    }
    expect(busiestWindow(times)).toBeLessThanOrEqual(LIMIT);
    // Strict, but not slow: 200 requests take about 200 / 30 minutes.
    expect(clock.now()).toBeLessThan((200 / LIMIT) * 61_500);
  });

  it('two list sends and a call sync on one account share its pace: no 60-second window sees more than 30', async () => {
    const sandbox = new Sandbox({ seed: 7, speed: 0, start: START });
    sandbox.seedDemo();
    const clock = virtualClock();
    const arrivals: number[] = [];
    const secrets = new MemorySecrets();
    secrets.entries.set('acme', sandbox.credentials.apiToken);
    const access = new ExotelAccess({
      secrets,
      fetch: (url, init) => {
        arrivals.push(clock.now());
        return sandbox.fetch(url, init);
      },
      sandbox: () => ({ baseUrl: 'https://sandbox.invalid', credentials: sandbox.credentials, fetch: sandbox.fetch }),
      tuning: { clock, random: () => 0.5 },
    });
    const account: AccountRecord = {
      id: 'acme',
      kind: 'exotel',
      name: 'Acme',
      accountSid: sandbox.credentials.accountSid,
      apiKey: sandbox.credentials.apiKey,
      region: 'custom',
      host: 'https://sandbox.invalid',
      defaultCountry: 'IN',
      callerId: '',
      callerIds: [],
      accountThrottle: 60,
      timeZone: 'Asia/Kolkata',
      createdAt: START.toISOString(),
      updatedAt: START.toISOString(),
      lastTest: null,
    };
    const [sendA, sendB, sync] = await Promise.all([access.clientFor(account), access.clientFor(account), access.clientFor(account)]);
    expect(sendA).toBe(sendB);
    const campaign = (await sync.campaigns.list({ limit: 50 })).items.find((c) => c.status === 'completed');

    const send = async (client: typeof sendA, from: number) => {
      for (let batch = 0; batch < 12; batch++) await client.contacts.create(numbers(5, from + batch * 5).map((number) => ({ number })));
    };
    const readCalls = async () => {
      let rows = 0;
      for (let round = 0; round < 6; round++) {
        for await (const _call of sync.campaigns.iterateCallDetails(campaign?.id ?? '', { limit: 7 })) rows++;
      }
      return rows;
    };
    const [, , rows] = await Promise.all([send(sendA, 0), send(sendB, 1000), readCalls()]);
    expect(rows).toBeGreaterThan(0);
    expect(arrivals.length).toBeGreaterThan(2 * LIMIT);
    expect(busiestWindow(arrivals)).toBeLessThanOrEqual(LIMIT);
  });
});
