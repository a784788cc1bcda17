import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign, CampaignCreateInput } from '../../../src/shared/exotel';
import { toRfc3339InZone } from '../../../src/shared/compose/zoned-time';
import { queueCampaignUpdate } from '../../../src/main/services/outbox/campaign-update';
import { makeServices, type TestServices } from '../../support/services';

let s: TestServices;
beforeEach(() => {
  s = makeServices();
});
afterEach(async () => {
  await s.close();
});

const HOUR = 3_600_000;

function account() {
  const a = s.accounts.activeAccount();
  if (!a) throw new Error('no active account');
  return a;
}

/** A campaign on the Sandbox that starts in three hours, read into the local list as a refresh would. */
async function scheduled(extra: Partial<CampaignCreateInput> = {}): Promise<Campaign> {
  const client = await s.access.clientFor(account());
  const sendAt = toRfc3339InZone(new Date(s.sandbox.sandbox.clock.now() + 3 * HOUR), 'Asia/Kolkata');
  const made = await client.campaigns.create({
    name: 'Dues in the evening',
    callerId: '08047112233',
    from: ['+919876500001', '+919876500002'],
    readViaText: 'Your dues are pending.',
    flowType: 'greeting',
    schedule: { sendAt },
    ...extra,
  });
  await sync();
  return made;
}

async function sync(): Promise<void> {
  await s.campaigns.sync(account(), { signal: new AbortController().signal, progress: () => undefined });
}

const queue = (campaignId: string, changes: Parameters<typeof queueCampaignUpdate>[2]) =>
  queueCampaignUpdate({ accounts: s.accounts, campaigns: s.campaigns, outbox: s.outbox }, campaignId, changes);

function onSandbox(id: string) {
  const found = s.sandbox.sandbox.snapshot().campaigns.find((c) => c.id === id);
  if (!found) throw new Error(`no campaign ${id} on the Sandbox`);
  return found;
}

async function drained(itemId: string) {
  await s.outbox.idle();
  return s.outbox.get(itemId);
}

describe('editing a campaign on Exotel', () => {
  it('before its start every parameter may change; only what differs goes, through the outbox', async () => {
    const c = await scheduled();
    const item = queue(c.id, {
      name: 'Dues in the evening',
      readViaText: 'Your dues of this month are pending.',
      retries: { numberOfRetries: 2, intervalMins: 20, mechanism: 'Exponential', onStatus: ['busy'] },
      mode: 'custom',
      throttle: 12,
    });
    expect(item).toMatchObject({
      kind: 'campaign-update',
      campaignId: c.id,
      title: 'Change message, retries, rate, calls a minute of “Dues in the evening”',
    });
    expect(await drained(item.id)).toMatchObject({
      state: 'done',
      message: 'Exotel saved the changes (message, retries, rate, calls a minute).',
    });
    expect(onSandbox(c.id).settings).toMatchObject({
      name: 'Dues in the evening',
      read_via_text: 'Your dues of this month are pending.',
      retries: { number_of_retries: 2, interval_mins: 20, mechanism: 'Exponential', on_status: ['busy'] },
      mode: 'custom',
      throttle: 12,
      from: ['+919876500001', '+919876500002'],
    });
  });

  it('refuses what Exotel would refuse, naming the field, before anything is queued', async () => {
    const c = await scheduled();
    expect(() => queue(c.id, { throttle: 75, mode: 'custom' })).toThrow(
      /Not saved: Throttle must be below the account's 60 calls a minute/,
    );
    expect(() => queue(c.id, { name: 'Due' })).toThrow(/more than 3 characters/);
    expect(() => queue(c.id, { readViaText: 'Your dues are pending.' })).toThrow(/Nothing has changed/);
    expect(s.outbox.list(account().id).filter((v) => v.kind === 'campaign-update')).toEqual([]);
  });

  it('after the start only the three report addresses change; any other field is refused by name', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `+9198765${String(10_000 + i)}`);
    const c = await scheduled({ from: many });
    s.sandbox.sandbox.clock.advance(3 * HOUR + 10_000);
    await sync();
    expect(() => queue(c.id, { name: 'Dues renamed late', statusCallback: 'https://hooks.example.com/status' })).toThrow(
      /Not saved: Name cannot change any more: the campaign has started, and Exotel then lets only the three report addresses change/,
    );
    expect(() => queue(c.id, { callStatusCallback: 'hooks.example.com/calls' })).toThrow(
      /^Not saved: Call status report address: .*is not a web address/,
    );
    const item = queue(c.id, { statusCallback: 'https://hooks.example.com/status', callStatusCallback: 'https://hooks.example.com/calls' });
    expect(await drained(item.id)).toMatchObject({ state: 'done' });
    expect(onSandbox(c.id).settings).toMatchObject({
      name: 'Dues in the evening',
      status_callback: 'https://hooks.example.com/status',
      call_status_callback: 'https://hooks.example.com/calls',
    });
  });

  it('a finished campaign cannot be edited at all', async () => {
    const c = await scheduled({ schedule: undefined });
    s.sandbox.sandbox.clock.advance(4 * HOUR);
    await sync();
    expect(s.campaigns.get(c.id).campaign.status).toBe('completed');
    expect(() => queue(c.id, { statusCallback: 'https://hooks.example.com/status' })).toThrow(
      /^Not saved: This campaign is completed: Exotel keeps a finished campaign as it is\.$/,
    );
  });

  it('a second edit while the first is still on its way is refused, so each can be settled on its own', async () => {
    const c = await scheduled();
    s.outbox.stop();
    queue(c.id, { readViaText: 'First change.' });
    expect(() => queue(c.id, { readViaText: 'Second change.' })).toThrow(
      /Changes to “Dues in the evening” are still on their way to Exotel/,
    );
  });
});
