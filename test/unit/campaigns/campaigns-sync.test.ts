import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { statsTotal } from '../../../src/shared/exotel';
import { harness } from './harness';

const MINUTE = 60_000;

describe('syncing campaigns from the Sandbox', () => {
  it('caches every demo campaign with the status and numbers Exotel reports, and says when', async () => {
    const h = harness();
    expect(h.service.list()).toMatchObject({ accountId: 'sandbox', sandbox: true, campaigns: [], lastSyncedAt: null, offline: false });

    const finished = await h.refresh();
    expect(finished.outcome).toBe('done');
    expect(finished.result).toEqual({ campaigns: 5, changed: 5, removed: 0, unreadable: 0 });

    const remote = (await h.client.campaigns.list({ limit: 100 })).items;
    const view = h.service.list();
    expect(view.lastSyncedAt).toBe(h.now.value.toISOString());
    expect(h.net.synced).toEqual([h.now.value]);
    expect(view.campaigns.map((c) => c.status).sort()).toEqual(['archived', 'completed', 'created', 'in-progress', 'paused']);
    for (const r of remote) {
      const row = view.campaigns.find((c) => c.id === r.id);
      expect(row).toMatchObject({ name: r.name, status: r.status, statusText: r.statusText, stats: r.stats, dateCreated: r.dateCreated });
      expect(row?.total).toBe(r.stats ? statsTotal(r.stats) : 0);
    }
    // Newest first, as staff look for what they launched last.
    const created = view.campaigns.map((c) => c.dateCreated ?? '');
    expect(created).toEqual([...created].sort().reverse());

    const running = view.campaigns.find((c) => c.status === 'in-progress');
    const detail = h.service.get(running?.id ?? '');
    expect(detail.campaign.throttle).toBe(10);
    expect(detail.snapshots).toEqual([{ at: h.now.value.toISOString(), stats: running?.stats }]);
  });

  it('records a stat snapshot on a later sync only for campaigns whose numbers moved', async () => {
    const h = harness();
    await h.refresh();
    const first = h.service.list().campaigns;

    const again = await h.refresh();
    expect(again.result).toMatchObject({ campaigns: 5, changed: 0 });

    h.sandbox.clock.advance(5 * MINUTE);
    h.now.value = new Date(h.sandbox.clock.now());
    const later = await h.refresh();
    expect(later.result).toMatchObject({ campaigns: 5, changed: 1 });

    const running = first.find((c) => c.status === 'in-progress');
    const snapshots = h.service.get(running?.id ?? '').snapshots;
    expect(snapshots).toHaveLength(2);
    expect(snapshots[1]?.at).toBe(h.now.value.toISOString());
    expect(snapshots[1]!.stats.completed + snapshots[1]!.stats.failed).toBeGreaterThan(
      snapshots[0]!.stats.completed + snapshots[0]!.stats.failed,
    );
    const archived = first.find((c) => c.status === 'archived');
    expect(h.service.get(archived?.id ?? '').snapshots).toHaveLength(1);
    // Every row carries this sync's time, moved or not.
    expect(new Set(h.service.list().campaigns.map((c) => c.lastSyncedAt))).toEqual(new Set([h.now.value.toISOString()]));
  });

  it('drops a campaign that was deleted on Exotel, with its snapshots', async () => {
    const h = harness();
    await h.refresh();
    const scheduled = h.service.list().campaigns.find((c) => c.status === 'created');
    await h.client.campaigns.delete(scheduled?.id ?? '');
    const finished = await h.refresh();
    expect(finished.result).toMatchObject({ campaigns: 4, removed: 1 });
    expect(h.service.list().campaigns.map((c) => c.id)).not.toContain(scheduled?.id);
    expect(() => h.service.get(scheduled?.id ?? '')).toThrow('not in the list any more');
  });

  it('keeps the cache as it was when the sync fails, and says why in plain words', async () => {
    const h = harness();
    await h.refresh();
    const before = h.service.list();
    h.sandbox.faults.inject({ kind: 'status', status: 401, code: 1010, description: 'bad token', method: 'GET', path: '/campaigns' });
    const failed = await h.refresh();
    expect(failed.outcome).toBe('failed');
    expect(failed.message).toContain('rejected the API key or token');
    expect(h.service.list()).toEqual(before);
  });
});

describe('offline', () => {
  it('answers from the cache for a real account, says it is offline, and refuses to refresh', async () => {
    const h = harness();
    h.use('exotel');
    await h.refresh();
    const synced = h.service.list();
    expect(synced.campaigns).toHaveLength(5);

    h.net.online = false;
    const cached = h.service.list();
    expect(cached).toMatchObject({ offline: true, sandbox: false, lastSyncedAt: synced.lastSyncedAt });
    expect(cached.campaigns).toEqual(synced.campaigns);
    expect(h.service.get(synced.campaigns[0]?.id ?? '').offline).toBe(true);

    let refused: unknown;
    try {
      h.service.refresh();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('offline');
    expect((refused as AppError).message).toContain('You are offline');
  });

  it('still syncs the Sandbox, which needs no network', async () => {
    const h = harness();
    h.net.online = false;
    expect(h.service.list().offline).toBe(false);
    expect((await h.refresh()).outcome).toBe('done');
    expect(h.service.list().campaigns).toHaveLength(5);
  });
});
