import { afterEach, describe, expect, it } from 'vitest';
import { changedOnly, valuesBefore } from '../../../src/shared/compose/campaign-edit';
import type { Campaign, CampaignUpdateInput } from '../../../src/shared/exotel';
import { createExotelClient, type ExotelClient } from '../../../src/main/exotel';
import type { NewOutboxItem } from '../../../src/main/services/outbox/types';
import { checkItem } from '../../../src/main/services/outbox/outbox-steps';
import { newRecord } from '../../../src/main/services/outbox/outbox-view';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { campaignInput, createItem, OutboxWorld } from '../../support/outbox-soak/outbox-world';

let w: OutboxWorld;
afterEach(() => w?.close());

const LATER = '2025-03-03T18:00:00+05:30';

function clientOf(world: OutboxWorld): ExotelClient {
  return createExotelClient({
    credentials: { baseUrl: 'https://sandbox.invalid', ...world.sandbox.credentials },
    fetch: (url, init) => world.sandbox.fetch(url, init),
    requestsPerMinute: 6000,
    clock: world.time,
  });
}

/** A campaign that starts at 18:00 (the world's clock says 10:00), as Exotel shows it. */
async function scheduled(world: OutboxWorld, name: string): Promise<Campaign> {
  const item = world.enqueue(createItem('sandbox', name, campaignInput(['+919876500009'], { schedule: { sendAt: LATER } })));
  await world.settle();
  const id = world.item(item.id).campaignId;
  if (!id) throw new Error('not launched');
  return clientOf(world).campaigns.get(id);
}

function updateItem(c: Campaign, wanted: CampaignUpdateInput): NewOutboxItem {
  const changes = changedOnly(c, wanted);
  return {
    kind: 'campaign-update',
    accountId: 'sandbox',
    title: `Change “${c.name}”`,
    key: c.id,
    campaignId: c.id,
    draftId: null,
    dependsOn: null,
    payload: { changes, before: valuesBefore(c, changes), listFromItem: null },
  };
}

const puts = (world: OutboxWorld, id: string) =>
  world.sandbox.requests.filter((r) => r.method === 'PUT' && r.path === `/campaigns/${id}`).length;
const settingsOf = (world: OutboxWorld, id: string) => world.sandbox.snapshot().campaigns.find((c) => c.id === id)?.settings;

describe('outbox: changes to a campaign whose answer was lost', () => {
  it('Exotel did the work: reading the campaign back shows the new values, and nothing is sent twice', async () => {
    w = new OutboxWorld();
    const c = await scheduled(w, 'Evening dues');
    w.sandbox.faults.inject({ kind: 'lost-answer', method: 'PUT' });
    const item = w.enqueue(updateItem(c, { readViaText: 'Your dues are due today.', schedule: { sendAt: '2025-03-03T19:30:00+05:30' } }));
    await w.settle();
    expect(w.item(item.id)).toMatchObject({
      state: 'done',
      attempts: 1,
      message: 'The answer was lost, but Exotel shows the new message, start: the changes were saved once.',
    });
    expect(puts(w, c.id)).toBe(1);
    expect(settingsOf(w, c.id)).toMatchObject({
      read_via_text: 'Your dues are due today.',
      send_at: Date.parse('2025-03-03T19:30:00+05:30'),
    });
  });

  it('Exotel failed before the work: the campaign still shows the old values, so the changes go once more', async () => {
    w = new OutboxWorld();
    const c = await scheduled(w, 'Evening dues two');
    w.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'PUT' });
    const item = w.enqueue(updateItem(c, { callerId: '08047119999' }));
    await w.settle();
    const view = w.item(item.id);
    expect(view).toMatchObject({ state: 'done', attempts: 2 });
    expect(view.history.map((h) => h.message)).toContain(
      'Exotel still shows the caller id as before, so nothing was changed; sending the changes again.',
    );
    expect(puts(w, c.id)).toBe(2);
    expect(settingsOf(w, c.id)?.caller_id).toBe('08047119999');
  });

  it('a refusal is a plain failure with the field, and nothing was changed', async () => {
    w = new OutboxWorld();
    const c = await scheduled(w, 'Evening dues three');
    const item = w.enqueue(updateItem(c, { lists: ['no-such-list'] }));
    await w.settle();
    expect(w.item(item.id)).toMatchObject({ state: 'failed', message: expect.stringMatching(/lists\[0\].*Nothing was changed on Exotel/) });
    expect(settingsOf(w, c.id)?.from).toEqual(['+919876500009']);
  });

  it('when the campaign shows neither the old nor the new value, the user is asked instead of anything being sent', async () => {
    w = new OutboxWorld();
    const c = await scheduled(w, 'Evening dues four');
    const record = {
      ...newRecord('u1', updateItem(c, { readViaText: 'What we sent.' }), null, new Date(w.time.now()).toISOString(), 'Queued.'),
      seq: 1,
    };
    // Someone else changed the message meanwhile.
    await clientOf(w).campaigns.update(c.id, { readViaText: 'What a colleague typed.' });
    const account = new AccountsRepo(w.db).get('sandbox');
    if (!account) throw new Error('no sandbox account');
    const step = await checkItem(record, {
      account,
      client: clientOf(w),
      signal: new AbortController().signal,
      lists: { send: () => Promise.reject(new Error('unused')) },
      dependency: null,
      progress: () => undefined,
    });
    expect(step).toMatchObject({
      kind: 'ask',
      message: expect.stringMatching(
        /^Exotel’s answer was lost, and the campaign now shows another message than either\. Someone may have changed it meanwhile/,
      ),
    });
  });
});
