import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignActionKind } from '../../../src/shared/outbox/schemas';
import type { Campaign } from '../../../src/shared/exotel';
import { queueCampaignAction } from '../../../src/main/services/outbox/campaign-actions';
import { makeServices, type TestServices } from '../../support/services';

// The Sandbox's demo campaigns, one per state, as a first run finds them.
const RUNNING = 'Demo: service outage update';
const PAUSED = 'Demo: feedback calls';
const COMPLETED = 'Demo: payment reminder';
const SCHEDULED = 'Demo: festival greetings';

let s: TestServices;
let byName: Map<string, Campaign>;

beforeEach(async () => {
  s = makeServices();
  const account = s.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  await s.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
  byName = new Map(s.campaigns.list().campaigns.map((c) => [c.name, s.campaigns.get(c.id).campaign]));
});
afterEach(async () => {
  await s.close();
});

function id(name: string): string {
  const c = byName.get(name);
  if (!c) throw new Error(`no demo campaign ${name}`);
  return c.id;
}

const onSandbox = (campaignId: string) => s.sandbox.sandbox.snapshot().campaigns.find((c) => c.id === campaignId)?.status;

/** Queues the action as the window would, and waits for Exotel's answer and the campaign read again after it. */
async function applied(name: string, action: CampaignActionKind) {
  const campaignId = id(name);
  const item = queueCampaignAction(s, campaignId, action);
  expect(item).toMatchObject({ kind: 'campaign-action', campaignId, action, state: 'queued' });
  await expect.poll(() => s.outbox.get(item.id)?.state).toBe('done');
  return campaignId;
}

/** Main refuses it before anything is queued, in plain words, and the Sandbox (Exotel's rules) refuses it too. */
async function refused(name: string, action: CampaignActionKind, reason: RegExp) {
  const campaignId = id(name);
  const before = onSandbox(campaignId);
  const queuedBefore = s.outbox.list(s.accounts.activeId() ?? '').length;
  expect(() => queueCampaignAction(s, campaignId, action)).toThrow(
    expect.objectContaining({ code: 'validation', message: expect.stringMatching(reason) }),
  );
  expect(s.outbox.list(s.accounts.activeId() ?? '')).toHaveLength(queuedBefore);

  const account = s.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  const client = await s.access.clientFor(account);
  const direct = action === 'delete' ? client.campaigns.delete(campaignId) : client.campaigns.action(campaignId, action);
  await expect(direct).rejects.toMatchObject({ kind: 'conflict' });
  expect(onSandbox(campaignId)).toBe(before);
}

describe('campaign actions follow Exotel’s state rules before they are queued', () => {
  it('pause: allowed while calling and while scheduled; refused once paused', async () => {
    const running = await applied(RUNNING, 'pause');
    expect(onSandbox(running)).toBe('paused');
    await expect.poll(() => s.campaigns.get(running).campaign.status).toBe('paused');
    const scheduled = await applied(SCHEDULED, 'pause');
    expect(onSandbox(scheduled)).toBe('paused');
    await refused(PAUSED, 'pause', /^“Demo: feedback calls” cannot be paused\. It is paused already\.$/);
  });

  it('resume: allowed when paused; refused while calling', async () => {
    const paused = await applied(PAUSED, 'resume');
    expect(onSandbox(paused)).toBe('in-progress');
    await expect.poll(() => s.campaigns.get(paused).campaign.status).toBe('in-progress');
    await refused(RUNNING, 'resume', /cannot be resumed\. Only a paused campaign can be resumed\. It is calling\./);
  });

  it('complete: allowed when paused; refused while calling, with what to do first', async () => {
    const paused = await applied(PAUSED, 'complete');
    expect(onSandbox(paused)).toBe('completed');
    await refused(RUNNING, 'complete', /cannot be completed\. Pause it first/);
  });

  it('archive: allowed when completed; refused when paused', async () => {
    const done = await applied(COMPLETED, 'archive');
    expect(onSandbox(done)).toBe('archived');
    await expect.poll(() => s.campaigns.get(done).campaign.status).toBe('archived');
    await refused(PAUSED, 'archive', /cannot be archived\. Only a completed campaign can be archived\. It is paused\./);
  });

  it('delete: allowed before the start; refused once calling', async () => {
    const scheduled = await applied(SCHEDULED, 'delete');
    expect(onSandbox(scheduled)).toBe('deleted');
    await expect.poll(() => s.campaigns.get(scheduled).campaign.status).toBe('deleted');
    await refused(RUNNING, 'delete', /cannot be deleted\. Only a campaign that has not started can be deleted\. It is calling\./);
  });

  it('delete: refused once the start time has passed, even when the list still says scheduled', async () => {
    const scheduled = id(SCHEDULED);
    s.sandbox.sandbox.clock.advance(2 * 24 * 3_600_000);
    const later = { ...s, now: () => new Date(s.sandbox.sandbox.clock.now()) };
    expect(s.campaigns.get(scheduled).campaign.status).toBe('created');
    expect(() => queueCampaignAction(later, scheduled, 'delete')).toThrow(/Its start time has passed/);
    const account = s.accounts.activeAccount();
    if (!account) throw new Error('no active account');
    const client = await s.access.clientFor(account);
    await expect(client.campaigns.delete(scheduled)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('a second action on a campaign waits until the first has gone', () => {
    const scheduled = id(SCHEDULED);
    const pause = queueCampaignAction(s, scheduled, 'pause');
    expect(queueCampaignAction(s, scheduled, 'pause').id).toBe(pause.id);
    expect(() => queueCampaignAction(s, scheduled, 'delete')).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: expect.stringMatching(
          /^Pause “Demo: festival greetings” is still waiting to go to Exotel; delete it once that is done\.$/,
        ),
      }),
    );
  });
});
