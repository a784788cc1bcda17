import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../src/shared/exotel';
import { toRfc3339InZone } from '../../../src/shared/compose/zoned-time';
import { fieldsOf, makeServices, type TestServices } from './harness';

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

async function sync(): Promise<void> {
  await s.campaigns.sync(account(), { signal: new AbortController().signal, progress: () => undefined });
}

/** A campaign on the Sandbox that starts in three hours (with seconds in its start), in the local list. */
async function scheduled(): Promise<Campaign> {
  const client = await s.access.clientFor(account());
  const sendAt = toRfc3339InZone(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 3 * HOUR + 17_000), 'Asia/Kolkata');
  const made = await client.campaigns.create({
    name: 'Dues in the evening',
    callerId: '08047112233',
    from: ['+919876500001', '+919876500002'],
    readViaText: 'Your dues are pending.',
    flowType: 'greeting',
    retries: { numberOfRetries: 1, intervalMins: 30, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] },
    statusCallback: 'https://hooks.example.com/status',
    customField: 'dues-evening',
    schedule: { sendAt },
  });
  await sync();
  return made;
}

describe('Edit before the start, in the composer', () => {
  it('opens the campaign as it is: saving untouched would change nothing, and says so', async () => {
    const c = await scheduled();
    const draft = s.drafts.create({ kind: 'edit', campaignId: c.id });
    expect(draft).toMatchObject({
      editsCampaignId: c.id,
      name: 'Dues in the evening',
      audience: { kind: 'numbers', text: '+919876500001\n+919876500002' },
      content: { kind: 'text', text: 'Your dues are pending.' },
      retries: { count: 1, intervalMins: 30 },
      statusCallback: 'https://hooks.example.com/status',
      schedule: { kind: 'later', timeZone: 'Asia/Kolkata' },
    });
    const check = await s.compose.check(draft.id);
    expect(check.edit).toEqual({ campaignId: c.id, campaignName: 'Dues in the evening', changes: [] });
    expect(check.ready).toBe(false);
    expect(check.issues).toEqual([{ field: 'edit', message: 'Nothing has changed: the campaign on Exotel already has these settings' }]);
    expect(s.drafts.create({ kind: 'edit', campaignId: c.id }).id).toBe(draft.id);
  });

  it('says what will change, and “Save changes” sends exactly that to the campaign', async () => {
    const c = await scheduled();
    const draft = s.drafts.create({ kind: 'edit', campaignId: c.id });
    s.drafts.save(draft.id, {
      ...fieldsOf(draft),
      content: { kind: 'text', text: 'Your dues of this month are pending.', flowType: 'greeting', repeatMenuAttempts: 0 },
      retries: { ...draft.retries, count: 0 },
      statusCallback: '',
    });
    const check = await s.compose.check(draft.id);
    expect(check.ready).toBe(true);
    expect(check.edit?.changes).toEqual([
      { field: 'readViaText', label: 'Message', before: '“Your dues are pending.”', after: '“Your dues of this month are pending.”' },
      { field: 'retries', label: 'Retries', before: '1 × after 30 min (linear) on busy, no-answer', after: 'none' },
      { field: 'statusCallback', label: 'Campaign status report address', before: 'https://hooks.example.com/status', after: 'none' },
    ]);
    await expect(s.compose.launch(draft.id, 'Dues in the evening', 2)).rejects.toThrow(/save them with “Save changes”/);

    const item = await s.compose.saveEdit(draft.id);
    expect(item).toMatchObject({ kind: 'campaign-update', campaignId: c.id, draftId: draft.id });
    expect(s.drafts.get(draft.id).launchedItemId).toBe(item.id);
    await s.outbox.idle();
    expect(s.outbox.get(item.id)?.state).toBe('done');
    const settings = s.sandbox.sandbox.snapshot().campaigns.find((x) => x.id === c.id)?.settings;
    expect(settings).toMatchObject({
      name: 'Dues in the evening',
      read_via_text: 'Your dues of this month are pending.',
      retries: { number_of_retries: 0 },
      status_callback: '',
      custom_field: 'dues-evening',
      send_at: Date.parse(c.schedule?.sendAt ?? ''),
    });
    await expect(s.compose.saveEdit(draft.id)).rejects.toThrow(/were saved already/);
  });

  it('is not offered in full once the campaign has started', async () => {
    const c = await scheduled();
    s.sandbox.sandbox.clock.advance(3 * HOUR + 30_000);
    await sync();
    expect(() => s.drafts.create({ kind: 'edit', campaignId: c.id })).toThrow(
      /can no longer be edited in full\. It has started: Exotel now lets only the three report addresses change/,
    );
  });
});
