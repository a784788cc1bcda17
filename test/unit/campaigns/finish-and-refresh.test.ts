import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './harness';

const MINUTE = 60_000;

function later(h: Harness, ms: number): void {
  h.sandbox.clock.advance(ms);
  h.now.value = new Date(h.sandbox.clock.now());
}

describe('told when a campaign is done', () => {
  it('a campaign seen running that completes gives one notification that opens it, and a line in Activity', async () => {
    const h = harness();
    await h.refresh();
    const running = h.service.list().campaigns.find((c) => c.status === 'in-progress');
    expect(running).toBeDefined();
    expect(h.notifier.shown).toEqual([]);

    later(h, 24 * 60 * MINUTE);
    await h.refresh();
    expect(h.notifier.shown).toHaveLength(1);
    const notice = h.notifier.shown[0];
    expect(notice?.title).toBe(`Campaign completed: “${running?.name}”`);
    expect(notice?.body).toMatch(/^600 numbers: [\d,]+ answered/);
    h.notifier.click(0);
    expect(h.events).toContainEqual({ event: 'campaigns:open', payload: { accountId: 'sandbox', campaignId: running?.id } });
    expect(h.activity.recent(10).map((a) => a.message)).toContainEqual(expect.stringContaining(`Campaign completed: “${running?.name}”`));

    await h.refresh();
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('campaigns already finished when first seen are not announced; one launched here is, even if never seen running', async () => {
    const h = harness();
    const made = await h.client.campaigns.create({
      name: 'Quick launch',
      callerId: '08047112233',
      readViaText: 'Hello',
      from: ['+919876500001'],
    });
    h.finishes.watch(made.id);
    later(h, 3 * 60 * MINUTE);
    await h.refresh();
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Campaign completed: “Quick launch”']);
  });
});

describe('background refresh', () => {
  it('reads the list and the running campaign’s calls within half the account’s pace per round', async () => {
    const h = harness();
    await h.refresh();
    const running = h.service.list().campaigns.find((c) => c.status === 'in-progress');
    later(h, 30 * MINUTE);
    const before = h.sandbox.requests.length;
    const tick = await h.refresher.tick();
    const used = h.sandbox.requests.length - before;
    expect(tick).toMatchObject({ budget: 15, skipped: null, campaigns: [running?.id] });
    expect(used).toBeGreaterThan(1);
    expect(used).toBeLessThanOrEqual(15);
    expect(h.calls.count('sandbox', running?.id ?? '', false)).toBeGreaterThan(0);
    expect(h.events).toContainEqual({ event: 'campaigns:changed', payload: { accountId: 'sandbox' } });
  });

  it('skips a real account while offline, and keeps the interval within its bounds', async () => {
    const h = harness();
    h.use('exotel');
    h.net.online = false;
    expect(await h.refresher.tick()).toMatchObject({ skipped: 'offline' });
    expect(h.refresher.setIntervalSeconds(5)).toBe(30);
    expect(h.refresher.setIntervalSeconds(120)).toBe(120);
    expect(h.refresher.intervalSeconds()).toBe(120);
  });
});
