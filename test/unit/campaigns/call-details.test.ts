import { describe, expect, it } from 'vitest';
import type { CallDetail } from '../../../src/shared/exotel';
import { harness, type Harness } from './harness';

const MINUTE = 60_000;

const callRequests = (h: Harness): number => h.sandbox.requests.filter((r) => r.path.endsWith('/call-details')).length;

async function everyCall(h: Harness, id: string): Promise<CallDetail[]> {
  const all: CallDetail[] = [];
  for await (const c of h.client.campaigns.iterateCallDetails(id, { sortBy: 'date_created:asc' })) all.push(c);
  return all;
}

async function synced(h: Harness, status: string): Promise<string> {
  await h.refresh();
  const id = h.service.list().campaigns.find((c) => c.status === status)?.id;
  if (!id) throw new Error(`no ${status} campaign`);
  return id;
}

describe('call details', () => {
  it('reads a finished campaign’s calls into the cache and answers pages whose counts add up', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    const remote = await everyCall(h, id);

    const page = await h.service.calls({ id, offset: 0, limit: 20 });
    expect(page.rows.map(({ seq: _seq, ...call }) => call)).toEqual(remote.slice(0, 20));
    expect(page.rows.map((r) => r.seq)).toEqual([...Array(20).keys()]);
    expect(page).toMatchObject({ complete: true, exotelTotal: remote.length, loaded: remote.length, total: remote.length, notice: null });
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(remote.length);
    expect(page.counts.completed).toBe(remote.filter((c) => c.status === 'completed').length);

    // A finished campaign read in full is answered from the cache alone.
    const before = callRequests(h);
    const second = await h.service.calls({ id, offset: 20, limit: 20 });
    expect(second.rows.map((r) => r.number)).toEqual(remote.slice(20, 40).map((c) => c.number));
    expect(callRequests(h)).toBe(before);
  });

  it('pages through a long campaign only as far as asked, then reads on when scrolled', async () => {
    const h = harness();
    h.sandbox.clock.advance(90 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    await h.refresh();
    const big = h.service.list().campaigns.find((c) => c.name === 'Demo: service outage update');
    expect(big?.id).toBeDefined();
    const bigId = big?.id ?? '';
    const remote = await everyCall(h, bigId);
    expect(remote.length).toBeGreaterThan(600);

    const before = callRequests(h);
    const first = await h.service.calls({ id: bigId, offset: 0, limit: 100 });
    expect(callRequests(h) - before).toBe(1);
    expect(first).toMatchObject({ loaded: 500, complete: false, exotelTotal: remote.length });
    expect(first.rows).toHaveLength(100);

    const far = await h.service.calls({ id: bigId, offset: remote.length - 50, limit: 100 });
    expect(far.complete).toBe(true);
    expect(far.loaded).toBe(remote.length);
    expect(far.rows.map((r) => r.number)).toEqual(remote.slice(-50).map((c) => c.number));
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

  it('picks up new calls of a campaign that is still calling', async () => {
    const h = harness();
    const id = await synced(h, 'in-progress');
    const first = await h.service.calls({ id, offset: 0, limit: 500 });
    expect(first.complete).toBe(true);

    h.sandbox.clock.advance(3 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    const later = await h.service.calls({ id, offset: 0, limit: 500 });
    expect(later.loaded).toBeGreaterThan(first.loaded);
    expect(later.loaded).toBe((await everyCall(h, id)).length);
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
    expect(offline).toMatchObject({ offline: true, loaded: 500, complete: false });
    const beyond = await h.service.calls({ id: bigId, offset: 600, limit: 50 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.notice).toContain('You are offline');
    expect(callRequests(h)).toBe(before);
  });

  it('keeps what it read and explains when Exotel fails mid-way', async () => {
    const h = harness();
    const id = await synced(h, 'completed');
    h.sandbox.faults.inject({ kind: 'status', status: 403, code: 1003, description: 'not allowed', path: /call-details$/ });
    const page = await h.service.calls({ id, offset: 0, limit: 20 });
    expect(page.rows).toEqual([]);
    expect(page.notice).toContain('did not allow');
    const retry = await h.service.calls({ id, offset: 0, limit: 20 });
    expect(retry.rows).toHaveLength(20);
    expect(retry.notice).toBeNull();
  });
});
