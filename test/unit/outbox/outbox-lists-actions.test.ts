import { afterEach, describe, expect, it } from 'vitest';
import { exotelListName } from '../../../src/main/services/contacts/contacts-sender';
import { queueCampaignAction } from '../../../src/main/services/outbox/campaign-actions';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import type { NewOutboxItem } from '../../../src/main/services/outbox/types';
import { campaignInput, createItem, OutboxWorld } from '../../support/outbox-soak/outbox-world';

let w: OutboxWorld;
afterEach(() => w?.close());

function listSend(listId: string, listType: 'static' | 'dynamic', skipEmptyFor: string[] = []): NewOutboxItem {
  return {
    kind: 'list-send',
    accountId: 'sandbox',
    title: `Send list (${listType})`,
    key: exotelListName(listId, listType, skipEmptyFor),
    listId,
    listType,
    skipEmptyFor,
  };
}

function sandboxLists(world: OutboxWorld, prefix: string) {
  return world.sandbox.snapshot().lists.filter((l) => l.name.startsWith(prefix));
}

async function launched(world: OutboxWorld, name: string) {
  const item = world.enqueue(createItem('sandbox', name, campaignInput(['+919876500009'])));
  await world.settle();
  const campaignId = world.item(item.id).campaignId;
  if (!campaignId) throw new Error('not launched');
  return campaignId;
}

describe('outbox: list sends and the launches that wait for them', () => {
  it('a launch waits for its list, then calls it; a rename of the local list never makes a second Exotel list', async () => {
    w = new OutboxWorld();
    const listId = await w.importList('Pune customers', 6);
    const send = w.enqueue(listSend(listId, 'dynamic'));
    const launch = w.enqueue(
      createItem('sandbox', 'Pune dues', campaignInput([], { from: undefined, campaignType: 'dynamic', readViaText: 'Hello @@Name' }), {
        listFromItem: send.id,
      }),
    );
    expect(launch.dependsOn).toBe(send.id);
    await w.settle();
    const listSid = sandboxLists(w, `Campaign Desk dynamic ${listId}`)[0]!.sid;
    expect(w.item(send.id)).toMatchObject({
      state: 'done',
      message: expect.stringMatching(/^Made the dynamic Exotel list of “Pune customers”: 6 accepted/),
    });
    expect(w.item(launch.id).state).toBe('done');
    expect(w.sandbox.snapshot().campaigns.find((c) => c.settings.name === 'Pune dues')!.settings.lists).toEqual([listSid]);

    new ContactsRepo(w.db).rename(listId, 'Renamed customers');
    const again = w.enqueue(listSend(listId, 'dynamic'));
    await w.settle();
    expect(w.item(again.id).message).toMatch(/^Reused the dynamic Exotel list of “Renamed customers”/);
    expect(sandboxLists(w, `Campaign Desk dynamic ${listId}`)).toHaveLength(1);
  });

  it('rows with an empty variable can be left out: that list is kept apart from the full one', async () => {
    w = new OutboxWorld();
    const listId = await w.importList('Cities', 6);
    const send = w.enqueue(listSend(listId, 'static', ['City']));
    await w.settle();
    expect(w.item(send.id).message).toMatch(/4 accepted/);
    const full = w.enqueue(listSend(listId, 'static'));
    await w.settle();
    expect(w.item(full.id).message).toMatch(/6 accepted/);
    expect(sandboxLists(w, `Campaign Desk static ${listId}`)).toHaveLength(2);
  });

  it('an answer lost while sending a list: sent again, reusing the same list, with no duplicate contacts', async () => {
    w = new OutboxWorld();
    const listId = await w.importList('Lost list', 5);
    w.sandbox.faults.inject({ kind: 'lost-answer', method: 'POST', path: /^\/lists\/[^/]+\/contacts$/ });
    const send = w.enqueue(listSend(listId, 'static'));
    await w.settle();
    expect(w.item(send.id)).toMatchObject({ state: 'done', attempts: 2 });
    const lists = sandboxLists(w, `Campaign Desk static ${listId}`);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.entries).toHaveLength(5);
  });

  it('a launch whose list could not be sent fails with it; Retry on the launch retries both', async () => {
    w = new OutboxWorld();
    const listId = await w.importList('Refused list', 3);
    w.sandbox.faults.inject({ kind: 'status', status: 402, description: 'Insufficient balance', method: 'POST', path: '/lists' });
    const send = w.enqueue(listSend(listId, 'static'));
    const launch = w.enqueue(createItem('sandbox', 'Needs the list', campaignInput([], { from: undefined }), { listFromItem: send.id }));
    await w.settle();
    expect(w.item(send.id)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/plan or usage limit.*Retry/),
      choices: ['retry'],
    });
    expect(w.item(launch.id)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/Not sent, because “Send list \(static\)” did not go/),
    });
    await w.service.decide(launch.id, 'retry');
    await w.settle();
    expect([w.item(send.id).state, w.item(launch.id).state]).toEqual(['done', 'done']);
  });
});

describe('outbox: campaign actions', () => {
  it('a pause whose answer was lost is settled by reading the campaign’s status, never sent twice', async () => {
    w = new OutboxWorld();
    const campaignId = await launched(w, 'To pause');
    w.sandbox.faults.inject({ kind: 'lost-answer', method: 'PUT' });
    const pause = w.enqueue({
      kind: 'campaign-action',
      accountId: 'sandbox',
      title: 'Pause “To pause”',
      key: campaignId,
      campaignId,
      action: 'pause',
    });
    await w.settle();
    expect(w.item(pause.id)).toMatchObject({
      state: 'done',
      message: expect.stringMatching(/shows the campaign paused: it was paused once/),
    });
    expect(w.sandbox.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('an action lost before Exotel got it is sent again once; one Exotel refuses fails with its reason', async () => {
    w = new OutboxWorld();
    const campaignId = await launched(w, 'To delete');
    w.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'DELETE' });
    const del = w.enqueue({
      kind: 'campaign-action',
      accountId: 'sandbox',
      title: 'Delete',
      key: campaignId,
      campaignId,
      action: 'delete',
    });
    await w.settle();
    expect(w.item(del.id)).toMatchObject({ state: 'done', attempts: 2 });
    const resume = w.enqueue({
      kind: 'campaign-action',
      accountId: 'sandbox',
      title: 'Resume',
      key: campaignId,
      campaignId,
      action: 'resume',
    });
    await w.settle();
    expect(w.item(resume.id)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/Exotel refused to resume the campaign.*deleted/),
    });
  });

  it('asking for the same action twice while it waits gives the one item', () => {
    w = new OutboxWorld();
    w.setOnline(false);
    const deps = {
      accounts: { activeId: () => 'acme' },
      campaigns: {
        get: () => ({ campaign: { name: 'Diwali offers', status: 'in-progress' as const, statusText: 'in-progress', schedule: null } }),
      },
      outbox: w.service,
    };
    const first = queueCampaignAction(deps, 'c1', 'pause');
    expect(first.title).toBe('Pause “Diwali offers”');
    expect(queueCampaignAction(deps, 'c1', 'pause').id).toBe(first.id);
  });
});
