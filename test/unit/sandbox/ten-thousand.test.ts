import { describe, expect, it } from 'vitest';
import { createExotelClient, type ExotelClient } from '../../../src/main/exotel';
import { Sandbox } from '../../../src/main/sandbox';
import { statsTotal, type CallDetail } from '../../../src/shared/exotel';
import { fakeClock, numbers, START } from '../exotel/helpers';

const MINUTE = 60_000;

function inProcessClient(sandbox: Sandbox): ExotelClient {
  return createExotelClient({
    credentials: { baseUrl: 'https://sandbox.local', ...sandbox.credentials },
    fetch: sandbox.fetch,
    clock: fakeClock(),
  });
}

async function listOf(client: ExotelClient, all: string[]): Promise<string> {
  const [list] = await client.lists.create([{ name: 'Ten thousand' }]);
  if (!list?.ok) throw new Error('list not made');
  for (let i = 0; i < all.length; i += 5000) {
    const made = await client.contacts.create(all.slice(i, i + 5000).map((number) => ({ number })));
    const added = await client.lists.addContacts(
      list.data.sid,
      made.map((r) => (r.ok ? r.data.sid : '')),
    );
    expect(added.every((r) => r.ok)).toBe(true);
  }
  return list.data.sid;
}

describe('a 10,000-number campaign at the account throttle of 60 a minute', () => {
  it('runs to completion in seconds, with every number accounted for exactly once per attempt', async () => {
    const wallStart = performance.now();
    const sandbox = new Sandbox({ seed: 2025, speed: 0, start: START });
    const client = inProcessClient(sandbox);
    const all = numbers(10_000);
    const listSid = await listOf(client, all);
    const made = await client.campaigns.create({
      name: 'Ten thousand',
      callerId: '08047112233',
      lists: [listSid],
      readViaText: 'Your bill is ready',
      retries: { numberOfRetries: 2, intervalMins: 10, mechanism: 'Exponential', onStatus: ['busy', 'no-answer', 'failed'] },
    });

    sandbox.clock.advance(90 * MINUTE);
    const midway = await client.campaigns.get(made.id);
    expect(midway.status).toBe('in-progress');
    expect(statsTotal(midway.stats ?? ({} as never))).toBe(10_000);
    expect(midway.summary?.initialized).toBe(
      (midway.summary?.completed ?? 0) + (midway.summary?.failed ?? 0) + (midway.summary?.inProgress ?? 0),
    );

    sandbox.clock.advance(24 * 60 * MINUTE);
    const done = await client.campaigns.get(made.id);
    expect(done.status).toBe('completed');
    const stats = done.stats;
    const summary = done.summary;
    if (!stats || !summary) throw new Error('no stats');
    expect(statsTotal(stats)).toBe(10_000);
    expect(stats.completed + stats.failed + stats.failedDnd).toBe(10_000);
    expect(summary).toMatchObject({ scheduled: 0, inProgress: 0 });
    expect(summary.initialized).toBe(summary.completed + summary.failed);

    const rows: CallDetail[] = [];
    for await (const row of client.campaigns.iterateCallDetails(made.id, { limit: 500 })) rows.push(row);
    expect(rows).toHaveLength(summary.initialized);
    expect(rows.filter((r) => r.status === 'completed')).toHaveLength(summary.completed);

    const byNumber = new Map<string, CallDetail[]>();
    for (const row of rows) byNumber.set(row.number, [...(byNumber.get(row.number) ?? []), row]);
    expect(byNumber.size).toBe(10_000);
    // Checked in plain code and asserted once: 10,000 numbers make for a lot of expectations.
    const problems: string[] = [];
    let answered = 0;
    for (const [number, calls] of byNumber) {
      if (calls.length > 3) problems.push(`${number}: ${calls.length} calls for 2 retries`);
      // Every call but the last failed in a way the policy retries, and each retry waited its turn.
      calls.slice(0, -1).forEach((c, i) => {
        if (c.status === 'completed') problems.push(`${number}: called again after answering`);
        const gap = Date.parse(calls[i + 1]?.startTime ?? '') - Date.parse(c.endTime ?? '');
        if (!(gap >= 10 * MINUTE * 2 ** i)) problems.push(`${number}: retry ${i + 1} after ${gap} ms`);
      });
      if (calls.at(-1)?.status === 'completed') answered++;
    }
    expect(problems).toEqual([]);
    expect(answered).toBe(stats.completed);

    const starts = rows.map((r) => Date.parse(r.startTime ?? '')).sort((a, b) => a - b);
    const crowded = starts.findIndex((t, i) => i >= 60 && t - (starts[i - 60] as number) < MINUTE);
    expect(crowded).toBe(-1);

    const wallMs = performance.now() - wallStart;
    console.info(
      `10,000 numbers, ${rows.length} calls, ${Math.round(((starts.at(-1) ?? 0) - (starts[0] ?? 0)) / MINUTE)} simulated minutes, ${Math.round(wallMs)} ms wall time`,
    );
    expect(wallMs).toBeLessThan(10_000);
  });
});
