import { describe, expect, it } from 'vitest';
import { callsUnderWay } from '../../../src/shared/campaigns/calls-under-way';
import { harness, type Harness } from './harness';

const MINUTE = 60_000;

function advance(h: Harness, ms: number): void {
  h.sandbox.clock.advance(ms);
  h.now.value = new Date(h.sandbox.clock.now());
}

/** Exotel's report of the finished campaign, as "Download Exotel's report…" fetches it: one call SID a line. */
async function reportSids(h: Harness, reportUrl: string): Promise<string[]> {
  const answer = await h.sandbox.fetch(reportUrl, { method: 'GET' });
  const [head, ...lines] = (await answer.text()).trim().split('\n');
  const column = (head ?? '').split(',').indexOf('Call SID');
  return lines.map((line) => line.split(',')[column] ?? '').sort();
}

const cachedSids = (h: Harness, id: string): string[] => [...h.calls.iterate('sandbox', id, false)].map((c) => c.callSid ?? '').sort();

/** A campaign of 300 numbers completed while dozens of its calls are still on. */
async function completedWithCallsOn(h: Harness): Promise<string> {
  const from = Array.from({ length: 300 }, (_, i) => `+9198${String(20_000_000 + i * 7919).slice(-8)}`);
  const created = await h.client.campaigns.create({
    name: 'Calls still on at complete',
    callerId: '08047112233',
    readViaText: 'Hello',
    from,
  });
  advance(h, 4 * MINUTE);
  await h.client.campaigns.action(created.id, 'pause');
  await h.client.campaigns.action(created.id, 'complete');
  await h.refresh();
  return created.id;
}

describe('a campaign completed with calls still on', () => {
  it('keeps reading its calls until the last ones have ended and every call of Exotel’s report is in the cache', async () => {
    const h = harness();
    const id = await completedWithCallsOn(h);
    const right = h.service.get(id).campaign;
    expect(right.status).toBe('completed');
    const onAtComplete = callsUnderWay(right);
    expect(onAtComplete).toBeGreaterThan(10);

    const first = await h.finish(h.service.syncCalls(id));
    expect(first).toMatchObject({ outcome: 'done', result: { complete: true, settled: false, underWay: onAtComplete } });
    const readFirst = cachedSids(h, id).length;

    // The calls end on Exotel's side; the next sync reads their figures and then every call again.
    advance(h, 5 * MINUTE);
    const second = await h.finish(h.service.syncCalls(id));
    expect(second).toMatchObject({ outcome: 'done', result: { complete: true, settled: true, underWay: 0 } });
    const after = h.service.get(id).campaign;
    expect(callsUnderWay(after)).toBe(0);
    const sids = cachedSids(h, id);
    expect(sids.length).toBe(readFirst + onAtComplete);
    expect(sids.length).toBe((after.summary?.completed ?? 0) + (after.summary?.failed ?? 0));
    expect(sids).toEqual(await reportSids(h, after.reportUrl ?? ''));

    // Once every call is in, a sync asks Exotel for nothing more.
    const asked = h.sandbox.requests.filter((r) => r.path.endsWith('/call-details')).length;
    await h.finish(h.service.syncCalls(id));
    expect(h.sandbox.requests.filter((r) => r.path.endsWith('/call-details')).length).toBe(asked);
  });

  it('background refresh keeps coming back to it until its calls are all read, then leaves it', async () => {
    const h = harness();
    const id = await completedWithCallsOn(h);
    expect((await h.refresher.tick()).campaigns).toContain(id);
    expect(h.repo.get('sandbox', id)?.calls.fullAt).toBeNull();
    advance(h, 5 * MINUTE);
    let rounds = 0;
    while (!(await h.refresher.tick()).campaigns.includes(id) || h.repo.get('sandbox', id)?.calls.fullAt === null) {
      advance(h, MINUTE);
      if (++rounds > 20) throw new Error('background refresh never read the last calls');
    }
    const after = h.service.get(id).campaign;
    expect(cachedSids(h, id)).toEqual(await reportSids(h, after.reportUrl ?? ''));
    const next = await h.refresher.tick();
    expect(next.campaigns).not.toContain(id);
  });
});
