import { describe, expect, it } from 'vitest';
import { createExotelClient, type ExotelClient } from '../../../src/main/exotel';
import { Sandbox, type SandboxState } from '../../../src/main/sandbox';
import { statsTotal } from '../../../src/shared/exotel';
import { fakeClock, numbers, START } from '../exotel/helpers';

const MINUTE = 60_000;
const clientFor = (sandbox: Sandbox): ExotelClient =>
  createExotelClient({
    credentials: { baseUrl: 'https://sandbox.local', ...sandbox.credentials },
    fetch: sandbox.fetch,
    clock: fakeClock(),
  });

describe('the demo data', () => {
  it('has a campaign in every state, lists of both kinds, and numbers that add up', async () => {
    const sandbox = new Sandbox({ seed: 1, speed: 0, start: START });
    sandbox.seedDemo();
    const client = clientFor(sandbox);
    const campaigns = (await client.campaigns.list({ limit: 100 })).items;
    expect(campaigns.map((c) => c.status).sort()).toEqual(['archived', 'completed', 'created', 'in-progress', 'paused']);
    for (const c of campaigns) {
      const expected =
        c.status === 'created' ? 0 : c.from.length || ((c.summary?.initialized ?? 0) > 0 ? statsTotal(c.stats ?? ({} as never)) : 0);
      expect(statsTotal(c.stats ?? ({} as never))).toBe(expected);
    }
    const completed = campaigns.find((c) => c.status === 'completed');
    expect((await client.campaigns.callDetails(completed?.id ?? '')).total).toBeGreaterThan(0);
    const lists = (await client.lists.list()).items;
    expect(lists.map((l) => [l.type, l.contactCount])).toEqual([
      ['static', 40],
      ['dynamic', 20],
    ]);
    expect(lists[1]?.headers).toEqual(['first_name', 'due_date']);
  });
});

describe('snapshot and restore', () => {
  it('carries everything across, and goes on exactly as the original would', async () => {
    const original = new Sandbox({ seed: 21, speed: 0, start: START, accountSid: 'acme' });
    const client = clientFor(original);
    const c = await client.campaigns.create({
      name: 'Carried over',
      callerId: '08047112233',
      readViaText: 'Hi',
      from: numbers(400),
      retries: { numberOfRetries: 1, intervalMins: 3 },
    });
    await client.lists.create([{ name: 'Kept list' }]);
    original.clock.advance(4 * MINUTE);
    const state: SandboxState = JSON.parse(JSON.stringify(original.snapshot()));

    const restored = Sandbox.restore(state);
    expect(restored.credentials).toEqual(original.credentials);
    expect(restored.clock.now()).toBe(original.clock.now());
    const again = clientFor(restored);
    expect((await again.lists.list()).items.map((l) => l.name)).toEqual(['Kept list']);

    original.clock.advance(30 * MINUTE);
    restored.clock.advance(30 * MINUTE);
    const a = await client.campaigns.callDetails(c.id, { limit: 500 });
    const b = await again.campaigns.callDetails(c.id, { limit: 500 });
    expect(b.items).toEqual(a.items);
    expect((await again.campaigns.get(c.id)).stats).toEqual((await client.campaigns.get(c.id)).stats);
  });

  it('refuses a snapshot it does not know', () => {
    expect(() => Sandbox.restore({ version: 9 } as unknown as SandboxState)).toThrow('unknown version');
  });
});

describe('the simulated clock', () => {
  it('runs at its speed, jumps ahead, and never goes back', async () => {
    const sandbox = new Sandbox({ speed: 1000, start: START });
    const before = sandbox.clock.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sandbox.clock.now() - before).toBeGreaterThanOrEqual(25_000);
    sandbox.clock.setSpeed(0);
    const frozen = sandbox.clock.now();
    sandbox.clock.advance(5 * MINUTE);
    expect(sandbox.clock.now()).toBe(frozen + 5 * MINUTE);
    expect(() => sandbox.clock.advance(-1)).toThrow('only moves forward');
  });
});
