import { describe, expect, it } from 'vitest';
import type { CallDetail } from '../../../src/shared/exotel';
import { harness, type Harness } from './harness';

const MINUTE = 60_000;

const callRequests = (h: Harness): number => h.sandbox.requests.filter((r) => r.path.endsWith('/call-details')).length;

async function everyCall(h: Harness, id: string): Promise<CallDetail[]> {
  const all: CallDetail[] = [];
  for await (const c of h.client.campaigns.iterateCallDetails(id, { sortBy: 'date_created:asc', limit: 500 })) all.push(c);
  return all;
}

async function synced(h: Harness, status: string): Promise<string> {
  await h.refresh();
  const id = h.service.list().campaigns.find((c) => c.status === status)?.id;
  if (!id) throw new Error(`no ${status} campaign`);
  return id;
}

const withoutKeys = ({ key: _key, attempt: _attempt, ...call }: CallDetail & { key: string; attempt: number }): CallDetail => call;

describe('call details', () => {
  it('a sync job reads a finished campaign’s calls, and the pages then come from the cache alone', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    const remote = await everyCall(h, id);
    expect(remote.length).toBeGreaterThan(20);

    const finished = await h.finish(h.service.syncCalls(id));
    expect(finished).toMatchObject({ outcome: 'done', result: { calls: remote.length, complete: true, settled: true } });

    const before = callRequests(h);
    const page = await h.service.calls({ id, offset: 0, limit: 20 });
    expect(page.rows.map(withoutKeys)).toEqual(remote.slice(0, 20));
    expect(page.rows[0]?.key).toBe(`sid:${remote[0]?.callSid}`);
    expect(page).toMatchObject({ complete: true, exotelTotal: remote.length, loaded: remote.length, total: remote.length, notice: null });
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(remote.length);
    expect(page.counts.completed).toBe(remote.filter((c) => c.status === 'completed').length);
    const second = await h.service.calls({ id, offset: 20, limit: 20 });
    expect(second.rows.map((r) => r.number)).toEqual(remote.slice(20, 40).map((c) => c.number));
    expect(callRequests(h)).toBe(before);
  });

  it('asks for Exotel’s documented page of 20 and reads only as far as the screen needs', async () => {
    const h = harness();
    h.sandbox.clock.advance(90 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    await h.refresh();
    const bigId = h.service.list().campaigns.find((c) => c.name === 'Demo: service outage update')?.id ?? '';
    const remote = await everyCall(h, bigId);
    expect(remote.length).toBeGreaterThan(600);

    const before = callRequests(h);
    const first = await h.service.calls({ id: bigId, offset: 0, limit: 40 });
    const asked = h.sandbox.requests.slice(-2).map((r) => new URLSearchParams(r.query).get('limit'));
    expect(asked).toEqual(['20', '20']);
    expect(callRequests(h) - before).toBe(2);
    expect(first).toMatchObject({ loaded: 40, complete: false, exotelTotal: remote.length });

    const done = await h.finish(h.service.syncCalls(bigId));
    expect(done).toMatchObject({ outcome: 'done', result: { calls: remote.length, complete: true } });
    const far = await h.service.calls({ id: bigId, offset: remote.length - 50, limit: 100 });
    expect(far.rows.map((r) => r.number)).toEqual(remote.slice(-50).map((c) => c.number));
  });

  it('walks to Exotel’s total when it serves smaller pages than asked, instead of stopping after one', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    const remote = await everyCall(h, id);
    h.sandbox.capCallDetailsPages(7);
    const before = callRequests(h);
    const finished = await h.finish(h.service.syncCalls(id));
    expect(finished).toMatchObject({ outcome: 'done', result: { calls: remote.length, complete: true } });
    expect(callRequests(h) - before).toBe(Math.ceil(remote.length / 7));
    // After the first answer the reader asks for the limit Exotel reported.
    const limits = h.sandbox.requests.slice(-3).map((r) => new URLSearchParams(r.query).get('limit'));
    expect(limits).toEqual(['7', '7', '7']);

    const viaClient: CallDetail[] = [];
    for await (const c of h.client.campaigns.iterateCallDetails(id, { limit: 20 })) viaClient.push(c);
    expect(viaClient).toHaveLength(remote.length);
  });

  it('while the campaign runs and rows shift, keeps one row per call and misses none once it is final', async () => {
    const h = harness();
    h.sandbox.clock.advance(20 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    await h.refresh();
    const id = h.service.list().campaigns.find((c) => c.name === 'Demo: service outage update')?.id ?? '';
    let shifted = 0;
    let earlier: CallDetail[] = [];
    for (let round = 0; round < 8; round++) {
      await h.finish(h.service.syncCalls(id));
      const remote = await everyCall(h, id);
      shifted += earlier.filter((c, i) => remote[i]?.callSid !== c.callSid).length;
      earlier = remote;
      const cached = [...h.calls.iterate('sandbox', id, false)];
      const keys = cached.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(cached.map((c) => c.callSid)).size).toBe(cached.length);
      h.sandbox.clock.advance(4 * MINUTE);
      h.now.value = new Date(h.sandbox.clock.now());
    }
    expect(shifted).toBeGreaterThan(0);

    h.sandbox.clock.advance(24 * 60 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    await h.refresh();
    expect(h.service.get(id).campaign.status).toBe('completed');
    const final = await h.finish(h.service.syncCalls(id));
    expect(final).toMatchObject({ outcome: 'done', result: { settled: true } });
    const remote = await everyCall(h, id);
    const cached = [...h.calls.iterate('sandbox', id, false)];
    expect(cached.map((c) => c.callSid).sort()).toEqual(remote.map((c) => c.callSid).sort());
    expect(cached.map(withoutKeys)).toEqual(expect.arrayContaining(remote));
  });

  it('filters by outcome over every call, and the filtered rows are the ones counted', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    const page = await h.service.calls({ id, status: ['busy', 'no-answer'], offset: 0, limit: 500 });
    const expected = (page.counts.busy ?? 0) + (page.counts['no-answer'] ?? 0);
    expect(expected).toBeGreaterThan(0);
    expect(page.total).toBe(expected);
    expect(page.rows).toHaveLength(expected);
    expect(new Set(page.rows.map((r) => r.status))).toEqual(new Set(['busy', 'no-answer']));
  });

  it('searches by number and sorts by duration', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    await h.finish(h.service.syncCalls(id));
    const remote = await everyCall(h, id);
    const target = remote[3]?.number ?? '';
    const found = await h.service.calls({ id, search: target.slice(-6), offset: 0, limit: 50 });
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.rows.every((r) => r.number.includes(target.slice(-6)))).toBe(true);

    const longest = await h.service.calls({ id, sort: 'duration', desc: true, offset: 0, limit: 5 });
    const durations = remote.map((c) => c.durationSeconds ?? 0).sort((a, b) => b - a);
    expect(longest.rows.map((r) => r.durationSeconds)).toEqual(durations.slice(0, 5));
  });

  it('numbers each call to a number as attempt 1, 2... and counts numbers by their latest call', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    await h.finish(h.service.syncCalls(id));
    const remote = await everyCall(h, id);
    const page = await h.service.calls({ id, offset: 0, limit: 500 });
    const byNumber = new Map<string, CallDetail[]>();
    for (const c of remote) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c]);
    const retried = [...byNumber.entries()].find(([, calls]) => calls.length > 1);
    expect(retried).toBeDefined();
    const [number, calls] = retried ?? ['', []];
    expect(page.rows.filter((r) => r.number === number).map((r) => r.attempt)).toEqual(calls.map((_, i) => i + 1));
    const latest = [...byNumber.values()].map((list) => list[list.length - 1]?.status);
    expect(page.numberCounts.completed).toBe(latest.filter((s) => s === 'completed').length);
    expect(Object.values(page.numberCounts).reduce((a, b) => a + b, 0)).toBe(byNumber.size);
    // The table's Key pressed column shows only when some call had a key pressed.
    expect(page.withDigit).toBe(remote.some((c) => Boolean(c.digit)));
  });

  it('answers from the cache when a real account is offline, and says more will load later', async () => {
    const h = harness();
    h.use('exotel');
    h.sandbox.clock.advance(90 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    await h.refresh();
    const bigId = h.service.list().campaigns.find((c) => c.name === 'Demo: service outage update')?.id ?? '';
    const online = await h.service.calls({ id: bigId, offset: 0, limit: 50 });

    h.net.online = false;
    const before = callRequests(h);
    const offline = await h.service.calls({ id: bigId, offset: 0, limit: 50 });
    expect(offline.rows).toEqual(online.rows);
    expect(offline).toMatchObject({ offline: true, loaded: 60, complete: false });
    const beyond = await h.service.calls({ id: bigId, offset: 600, limit: 50 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.notice).toContain('You are offline');
    expect(() => h.service.syncCalls(bigId)).toThrow(/offline/);
    expect(callRequests(h)).toBe(before);
  });

  it('keeps what it read and explains when Exotel fails mid-way; the next read resumes where it stopped', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    const remote = await everyCall(h, id);
    await h.service.calls({ id, offset: 0, limit: 40 });
    h.sandbox.faults.inject({ kind: 'status', status: 403, code: 1003, description: 'not allowed', path: /call-details$/ });
    const page = await h.service.calls({ id, offset: 40, limit: 20 });
    expect(page.rows).toEqual([]);
    expect(page.loaded).toBe(40);
    expect(page.notice).toContain('did not allow');
    const retry = await h.service.calls({ id, offset: 40, limit: 20 });
    expect(retry.rows.map(withoutKeys)).toEqual(remote.slice(40, 60));
    expect(retry.notice).toBeNull();
    const reads = h.sandbox.requests.filter((r) => r.path.endsWith('/call-details') && new URLSearchParams(r.query).get('limit') === '20');
    const offsets = reads.map((r) => new URLSearchParams(r.query).get('offset'));
    expect(offsets).toEqual(['0', '20', '40', '40']);
  });
});
