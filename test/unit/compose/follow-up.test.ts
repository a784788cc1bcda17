import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign, CampaignCreateInput } from '../../../src/shared/exotel';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { importSheet } from '../../support/import-sheet';
import { makeServices, writeSheet, type TestServices } from './harness';

let s: TestServices;

beforeEach(() => {
  s = makeServices();
});
afterEach(async () => {
  await s.close();
});

const NUMBERS = Array.from({ length: 40 }, (_, i) => `98765${String(10_000 + i)}`);

async function finishedCampaign(input: Omit<CampaignCreateInput, 'callerId'>): Promise<Campaign> {
  const account = s.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  const client = await s.access.clientFor(account);
  const made = await client.campaigns.create({ callerId: '08047112233', flowType: 'greeting', ...input });
  // Two simulated hours: every number called, retried and settled.
  s.sandbox.sandbox.clock.advance(2 * 3_600_000);
  await s.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
  const finished = await s.jobs.wait(s.campaigns.syncCalls(made.id).jobId);
  expect(finished?.outcome).toBe('done');
  return made;
}

/** The outcome of each number's last call, as the call details say. */
function lastOutcomes(campaignId: string): Map<string, string> {
  const account = s.accounts.activeAccount();
  const out = new Map<string, string>();
  for (const call of new CallDetailsRepo(s.db).iterate(account?.id ?? '', campaignId, true)) out.set(call.number, call.status);
  return out;
}

describe('call again those not reached', () => {
  it('counts numbers by their last call and makes a draft of the chosen ones with their variables', async () => {
    const sheet = writeSheet('dues.csv', ['Name,Phone,Order ID', ...NUMBERS.map((n, i) => `Person ${i},${n},A-${i}`)]);
    const { listId } = await importSheet(s, sheet, 'Dues');
    const sent = await s.jobs.wait(s.contacts.send(listId, 'dynamic').jobId);
    expect(sent?.outcome).toBe('done');
    const sid = new ContactsRepo(s.db).get(listId)?.exotel[0]?.sid ?? '';
    const campaign = await finishedCampaign({
      name: 'Dues run one',
      lists: [sid],
      campaignType: 'dynamic',
      readViaText: 'Hi @@Name, order @@Order ID',
    });

    const outcomes = lastOutcomes(campaign.id);
    const expected = (status: string) => [...outcomes.values()].filter((o) => o === status).length;
    const counts = s.followUps.counts(campaign.id);
    expect(counts).toMatchObject({
      busy: expected('busy'),
      'no-answer': expected('no-answer'),
      failed: expected('failed'),
      listName: 'Dues',
    });
    expect(counts.busy + counts['no-answer']).toBeGreaterThan(0);

    const draft = await s.followUps.create({ kind: 'follow-up', campaignId: campaign.id, outcomes: ['busy', 'no-answer'] });
    expect(draft.name).toBe('Dues run one · again (busy, no answer)');
    expect(draft.content).toMatchObject({ kind: 'text', text: 'Hi @@Name, order @@Order ID' });
    expect(draft.audience.kind).toBe('list');
    const list = new ContactsRepo(s.db).get(draft.audience.kind === 'list' ? draft.audience.listId : '');
    expect(list?.counts.valid).toBe(counts.busy + counts['no-answer']);
    expect(list?.variables.map((v) => v.name)).toEqual(['Name', 'Order ID']);
    const rows = [...new ContactsRepo(s.db).validRows(list?.id ?? '')];
    for (const row of rows) {
      expect(['busy', 'no-answer']).toContain(outcomes.get(row.number ?? ''));
      const i = NUMBERS.findIndex((n) => `+91${n}` === row.number);
      expect(row.variables).toEqual({ Name: `Person ${i}`, 'Order ID': `A-${i}` });
    }
    expect(s.drafts.get(draft.id).name).toBe(draft.name);
  });

  it('takes the numbers alone when the campaign called numbers, and says so when nobody is left', async () => {
    const campaign = await finishedCampaign({ name: 'Plain numbers run', from: NUMBERS.slice(0, 25), readViaText: 'Your bill is due' });
    const outcomes = [...lastOutcomes(campaign.id)];
    const busy = outcomes.filter(([, o]) => o === 'busy').map(([n]) => n);
    // The Sandbox's seeded mix for these numbers: some busy, none failed.
    expect(s.followUps.counts(campaign.id)).toEqual({ busy: busy.length, 'no-answer': 2, failed: 0, complete: true, listName: null });
    expect(busy.length).toBeGreaterThan(0);
    const draft = await s.followUps.create({ kind: 'follow-up', campaignId: campaign.id, outcomes: ['busy'] });
    expect(draft.audience).toEqual({ kind: 'numbers', text: busy.join('\n') });
    await expect(s.followUps.create({ kind: 'follow-up', campaignId: campaign.id, outcomes: ['failed'] })).rejects.toThrow(
      'No number of “Plain numbers run” ended failed on its last call, so there is nobody to call again.',
    );
  });
});
