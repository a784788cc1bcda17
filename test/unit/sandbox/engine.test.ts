import { describe, expect, it } from 'vitest';
import { createExotelClient, type ExotelClient } from '../../../src/main/exotel';
import { Sandbox } from '../../../src/main/sandbox';
import { statsTotal, type CampaignCreateInput } from '../../../src/shared/exotel';
import { fakeClock, numbers, START } from '../exotel/helpers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function setup(seed = 9): { sandbox: Sandbox; client: ExotelClient } {
  const sandbox = new Sandbox({ seed, speed: 0, start: START });
  const client = createExotelClient({
    credentials: { baseUrl: 'https://sandbox.local', ...sandbox.credentials },
    fetch: sandbox.fetch,
    clock: fakeClock(),
  });
  return { sandbox, client };
}

const base: CampaignCreateInput = { callerId: '08047112233', readViaText: 'Hello', name: 'Engine check' };

describe('simulated calling', () => {
  it('starts at send_at, not before, and places calls at the custom throttle', async () => {
    const { sandbox, client } = setup();
    const c = await client.campaigns.create({
      ...base,
      from: numbers(100),
      mode: 'custom',
      throttle: 10,
      schedule: { sendAt: iso(START.getTime() + HOUR) },
    });
    sandbox.clock.advance(HOUR - 1000);
    expect((await client.campaigns.get(c.id)).status).toBe('created');
    sandbox.clock.advance(1000 + 5 * MINUTE);
    const running = await client.campaigns.get(c.id);
    expect(running.status).toBe('in-progress');
    // Calls at 0, 6, 12 ... 300 seconds: 51 in the first five minutes at 10 a minute.
    expect(running.summary?.initialized).toBe(51);
    expect(statsTotal(running.stats ?? ({} as never))).toBe(100);
  });

  it('calls nobody while paused, and carries on after resume', async () => {
    const { sandbox, client } = setup();
    const c = await client.campaigns.create({ ...base, from: numbers(300) });
    sandbox.clock.advance(3 * MINUTE);
    await client.campaigns.action(c.id, 'pause');
    sandbox.clock.advance(10 * MINUTE);
    const paused = await client.campaigns.get(c.id);
    sandbox.clock.advance(HOUR);
    const stillPaused = await client.campaigns.get(c.id);
    expect(stillPaused.status).toBe('paused');
    expect(stillPaused.summary?.initialized).toBe(paused.summary?.initialized);
    expect(stillPaused.summary?.inProgress).toBe(0);
    expect(stillPaused.stats?.paused).toBeGreaterThan(0);
    expect(statsTotal(stillPaused.stats ?? ({} as never))).toBe(300);
    await client.campaigns.action(c.id, 'resume');
    sandbox.clock.advance(MINUTE);
    const resumed = await client.campaigns.get(c.id);
    expect(resumed.status).toBe('in-progress');
    expect(resumed.summary?.initialized).toBeGreaterThan(stillPaused.summary?.initialized ?? 0);
    sandbox.clock.advance(12 * HOUR);
    expect((await client.campaigns.get(c.id)).status).toBe('completed');
  });

  it('left paused past end_at it is canceled; numbers never called count as not attempted', async () => {
    const { sandbox, client } = setup();
    const sendAt = START.getTime() + MINUTE;
    const c = await client.campaigns.create({ ...base, from: numbers(500), schedule: { sendAt: iso(sendAt), endAt: iso(sendAt + HOUR) } });
    sandbox.clock.advance(3 * MINUTE);
    await client.campaigns.action(c.id, 'pause');
    sandbox.clock.advance(2 * HOUR);
    const canceled = await client.campaigns.get(c.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.stats?.failedNoAttempt).toBeGreaterThan(0);
    expect(canceled.stats?.failedNoAttempt).toBe(500 - countCalled(canceled.stats));
    expect([canceled.stats?.paused, canceled.stats?.created, canceled.stats?.retry]).toEqual([0, 0, 0]);
    expect(statsTotal(canceled.stats ?? ({} as never))).toBe(500);
  });

  it('reaching end_at while calling completes it, the rest not attempted', async () => {
    const { sandbox, client } = setup();
    const sendAt = START.getTime() + MINUTE;
    const c = await client.campaigns.create({
      ...base,
      from: numbers(200),
      schedule: { sendAt: iso(sendAt), endAt: iso(sendAt + MINUTE) },
    });
    sandbox.clock.advance(HOUR);
    const ended = await client.campaigns.get(c.id);
    expect(ended.status).toBe('completed');
    expect(ended.summary?.initialized).toBe(60);
    expect(ended.stats?.failedNoAttempt).toBe(140);
    expect(statsTotal(ended.stats ?? ({} as never))).toBe(200);
  });

  it('complete from paused ends it at once', async () => {
    const { sandbox, client } = setup();
    const c = await client.campaigns.create({ ...base, from: numbers(200) });
    sandbox.clock.advance(2 * MINUTE);
    await client.campaigns.action(c.id, 'pause');
    const completed = await client.campaigns.action(c.id, 'complete');
    expect(completed.status).toBe('completed');
    expect(completed.stats?.created).toBe(0);
    expect(completed.stats?.failedNoAttempt).toBeGreaterThan(100);
    expect(statsTotal(completed.stats ?? ({} as never))).toBe(200);
  });

  it('a campaign whose list is empty fails: no call could be made', async () => {
    const { sandbox, client } = setup();
    const [list] = await client.lists.create([{ name: 'Empty' }]);
    if (!list?.ok) throw new Error('list not made');
    const c = await client.campaigns.create({ ...base, lists: [list.data.sid] });
    sandbox.clock.advance(2 * MINUTE);
    expect((await client.campaigns.get(c.id)).status).toBe('failed');
  });

  it('calls a repeated number once unless call_duplicate_numbers is on', async () => {
    const { sandbox, client } = setup();
    const twice = [...numbers(5), ...numbers(5)];
    const once = await client.campaigns.create({ ...base, from: twice });
    const dup = await client.campaigns.create({ ...base, from: twice, callDuplicateNumbers: true });
    sandbox.clock.advance(HOUR);
    expect(statsTotal((await client.campaigns.get(once.id)).stats ?? ({} as never))).toBe(5);
    expect(statsTotal((await client.campaigns.get(dup.id)).stats ?? ({} as never))).toBe(10);
  });

  it('is repeatable: the same seed gives the same calls, another seed others', async () => {
    const run = async (seed: number): Promise<string[]> => {
      const { sandbox, client } = setup(seed);
      const c = await client.campaigns.create({ ...base, from: numbers(80), retries: { numberOfRetries: 1, intervalMins: 5 } });
      sandbox.clock.advance(5 * HOUR);
      return (await client.campaigns.callDetails(c.id, { limit: 500 })).items.map(
        (r) => `${r.number} ${r.status} ${r.durationSeconds} ${r.startTime}`,
      );
    };
    const first = await run(1);
    expect(await run(1)).toEqual(first);
    expect(await run(2)).not.toEqual(first);
    expect(new Set(first.map((r) => r.split(' ')[1]))).toEqual(new Set(['completed', 'busy', 'no-answer', 'failed']));
  });
});

/** Numbers that got at least one call, from their final buckets. */
function countCalled(stats: { completed: number; failed: number; failedDnd: number } | null): number {
  return stats ? stats.completed + stats.failed + stats.failedDnd : 0;
}
