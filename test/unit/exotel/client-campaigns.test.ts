import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCampaignByName } from '../../../src/main/exotel';
import { caught, count, numbers, startHarness, START, type Harness } from './helpers';

const MINUTE = 60_000;
const at = (minutes: number): string => new Date(START.getTime() + minutes * MINUTE).toISOString().replace('.000Z', 'Z');

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const base = { callerId: '08047112233', readViaText: 'Your order has shipped' };

describe('campaigns over HTTP', () => {
  it('creates, reads and finds a campaign, sending it once', async () => {
    const made = await h.client.campaigns.create({ ...base, name: 'Spring sale', from: numbers(3), schedule: { sendAt: at(30) } });
    expect(made).toMatchObject({ name: 'Spring sale', status: 'created', statusText: 'Created', type: 'trans', callerId: '08047112233' });
    expect(made.id).toMatch(/^[0-9a-f]{36}$/);
    expect(made.from).toEqual(numbers(3));
    // The Sandbox's own dialect writes +05:30 and the docs' writes Z: the same instants either way.
    expect(Date.parse(made.schedule?.sendAt ?? '')).toBe(Date.parse('2025-03-03T10:30:00+05:30'));
    expect(Date.parse(made.schedule?.endAt ?? '')).toBe(Date.parse('2025-04-02T10:30:00+05:30'));
    expect(count(h.sandbox, 'POST', '/campaigns')).toBe(1);

    const read = await h.client.campaigns.get(made.id);
    expect(read.id).toBe(made.id);
    expect(read.uri).toBe(`/v2/accounts/sandbox/campaigns/${made.id}`);
    expect(await findCampaignByName(h.client, 'Spring sale')).toMatchObject({ id: made.id });
    expect(await findCampaignByName(h.client, 'Spring')).toBeNull();
  });

  it('gives an unnamed campaign Exotel’s default name', async () => {
    const made = await h.client.campaigns.create({ ...base, from: numbers(1) });
    expect(made.name).toBe('sandbox 2025-03-03 10:00:00');
  });

  it('lists with name search, status filter, sorting and paging', async () => {
    for (const name of ['Alpha run', 'Beta run', 'Gamma run', 'Delta other']) {
      await h.client.campaigns.create({ ...base, name, from: numbers(1) });
    }
    const runs = await h.client.campaigns.list({ name: 'run', sortBy: 'name:desc' });
    expect(runs.items.map((c) => c.name)).toEqual(['Gamma run', 'Beta run', 'Alpha run']);
    expect(runs.total).toBe(3);
    const second = await h.client.campaigns.list({ offset: 1, limit: 2 });
    expect(second.items.map((c) => c.name)).toEqual(['Beta run', 'Gamma run']);
    expect(second).toMatchObject({ offset: 1, limit: 2, total: 4 });
    const created = await h.client.campaigns.list({ status: ['Created'] });
    expect(created.total).toBe(4);
    const paused = await h.client.campaigns.list({ status: ['paused'] });
    expect(paused.items).toEqual([]);
  });

  it('iterates every page, one request a page', async () => {
    for (let i = 0; i < 7; i++) await h.client.campaigns.create({ ...base, name: `Batch ${i}`, from: numbers(1, i) });
    const before = count(h.sandbox, 'GET', '/campaigns');
    const names: string[] = [];
    for await (const c of h.client.campaigns.iterate({ limit: 3 })) names.push(c.name);
    expect(names).toEqual(Array.from({ length: 7 }, (_, i) => `Batch ${i}`));
    expect(count(h.sandbox, 'GET', '/campaigns') - before).toBe(3);
  });

  it('updates any field before the start, and only callbacks after it', async () => {
    const made = await h.client.campaigns.create({ ...base, name: 'Early bird', from: numbers(2), schedule: { sendAt: at(10) } });
    const renamed = await h.client.campaigns.update(made.id, { name: 'Early bird 2', from: numbers(4) });
    expect(renamed.name).toBe('Early bird 2');
    expect(renamed.from).toHaveLength(4);
    h.sandbox.clock.advance(11 * MINUTE);
    const late = await caught(h.client.campaigns.update(made.id, { name: 'Too late' }));
    expect(late).toMatchObject({ kind: 'validation', status: 400, exotelCode: 1002, field: 'name' });
    const hooked = await h.client.campaigns.update(made.id, { statusCallback: 'https://example.com/hook' });
    expect(hooked.statusCallback).toBe('https://example.com/hook');
  });

  it('pauses, resumes, completes and archives following the state rules', async () => {
    const made = await h.client.campaigns.create({ ...base, name: 'Lifecycle', from: numbers(200), schedule: { sendAt: at(1) } });
    expect((await h.client.campaigns.action(made.id, 'pause')).status).toBe('paused');
    expect((await h.client.campaigns.action(made.id, 'resume')).status).toBe('created');
    h.sandbox.clock.advance(2 * MINUTE);
    const running = await h.client.campaigns.get(made.id);
    expect(running.status).toBe('in-progress');
    const refused = await caught(h.client.campaigns.action(made.id, 'complete'));
    expect(refused).toMatchObject({ kind: 'conflict', status: 409 });
    expect(refused.plainMessage).toContain('cannot complete a campaign that is in-progress');
    expect((await h.client.campaigns.action(made.id, 'pause')).status).toBe('paused');
    const completed = await h.client.campaigns.action(made.id, 'complete');
    expect(completed.status).toBe('completed');
    expect(completed.stats?.failedNoAttempt).toBeGreaterThan(0);
    expect((await h.client.campaigns.action(made.id, 'archive')).status).toBe('archived');
  });

  it('deletes only before the start', async () => {
    const early = await h.client.campaigns.create({ ...base, name: 'Delete me', from: numbers(1), schedule: { sendAt: at(60) } });
    expect((await h.client.campaigns.delete(early.id))?.status).toBe('deleted');
    expect((await h.client.campaigns.list()).items).toEqual([]);
    expect((await h.client.campaigns.list({ status: ['deleted'] })).total).toBe(1);
    const started = await h.client.campaigns.create({ ...base, name: 'Keep me', from: numbers(1) });
    h.sandbox.clock.advance(5 * MINUTE);
    expect(await caught(h.client.campaigns.delete(started.id))).toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('reads call details page by page, filtered and sorted', async () => {
    const made = await h.client.campaigns.create({
      ...base,
      name: 'Details',
      from: numbers(120),
      retries: { numberOfRetries: 1, intervalMins: 2, onStatus: ['busy', 'no-answer', 'failed'] },
    });
    h.sandbox.clock.advance(6 * 60 * MINUTE);
    const done = await h.client.campaigns.get(made.id);
    expect(done.status).toBe('completed');
    const rows = [];
    for await (const row of h.client.campaigns.iterateCallDetails(made.id, { limit: 50 })) rows.push(row);
    expect(rows).toHaveLength(done.summary?.initialized ?? -1);
    expect(rows.every((r) => r.callSid && r.direction === 'Outgoing' && r.callerId === '08047112233')).toBe(true);
    const busy = await h.client.campaigns.callDetails(made.id, { status: ['busy'], limit: 500 });
    expect(busy.items.length).toBe(rows.filter((r) => r.status === 'busy').length);
    expect(busy.items.every((r) => r.status === 'busy')).toBe(true);
    const newest = await h.client.campaigns.callDetails(made.id, { sortBy: 'date_created:desc', limit: 1 });
    expect(newest.items[0]?.callSid).toBe(rows[rows.length - 1]?.callSid);
  });
});

describe('finding a launch again by its name', () => {
  it('passes over an older campaign of the same name: Exotel does not keep names unique', async () => {
    const older = await h.client.campaigns.create({ ...base, name: 'Dues reminder', from: numbers(1) });
    const queuedAt = Date.parse(older.dateCreated ?? '') + 5 * MINUTE;
    expect(await findCampaignByName(h.client, 'Dues reminder', { madeSince: queuedAt })).toBeNull();
    expect(await findCampaignByName(h.client, 'Dues reminder', { madeSince: queuedAt - 10 * MINUTE })).toMatchObject({ id: older.id });
  });
});
