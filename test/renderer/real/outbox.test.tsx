// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { campaignInput, createItem } from '../../support/outbox-soak/outbox-world';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import type { TestServices } from '../../support/services';
import { renderRealApp, type RealApp } from '../support/real-app';
import { later } from '../support/real-ports';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const HOUR = 3_600_000;
const statusBar = () => within(screen.getByRole('contentinfo', { name: 'Status' }));
const row = (name: RegExp) => within(screen.getByRole('listitem', { name }));
const findRow = async (name: RegExp) => within(await screen.findByRole('listitem', { name }));

/** A wall-clock time in this computer's zone, as the reschedule field takes it. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

function sandboxCampaign(s: TestServices, name: string): string {
  const found = s.sandbox.sandbox.snapshot().campaigns.find((c) => c.settings.name === name);
  if (!found) throw new Error(`no Sandbox campaign named ${name}`);
  return found.id;
}

async function settled(s: TestServices, item: OutboxItemView): Promise<void> {
  await s.outbox.idle();
  await s.outbox.track(item.id);
}

interface Outbox {
  refused: OutboxItemView;
  late: OutboxItemView;
  waiting: OutboxItemView;
}

/**
 * The Sandbox account's outbox as the real service leaves it: a pause Exotel refused (the campaign is
 * completed), a launch whose start passed before it could go, and a launch held back by Exotel's rate limit.
 */
async function outboxWith(s: TestServices, items: Partial<Record<keyof Outbox, boolean>>): Promise<Partial<Outbox>> {
  const out: Partial<Outbox> = {};
  if (items.refused) {
    const id = sandboxCampaign(s, 'Demo: payment reminder');
    out.refused = s.outbox.enqueue({
      kind: 'campaign-action',
      accountId: 'sandbox',
      title: 'Pause “Demo: payment reminder”',
      key: id,
      campaignId: id,
      action: 'pause',
    });
    await settled(s, out.refused);
  }
  if (items.late) {
    const sendAt = new Date(Date.now() - 2 * HOUR).toISOString().replace(/\.\d+Z$/, 'Z');
    const endAt = later(sendAt, 8 * HOUR);
    out.late = s.outbox.enqueue(createItem('sandbox', 'Dues December', campaignInput(['+919876500001'], { schedule: { sendAt, endAt } })));
    await settled(s, out.late);
  }
  if (items.waiting) {
    s.sandbox.sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 600, method: 'POST', path: '/campaigns' });
    out.waiting = s.outbox.enqueue(createItem('sandbox', 'Renewals', campaignInput(['+919876500002'])));
    await s.outbox.idle();
  }
  return out;
}

async function open(items: Partial<Record<keyof Outbox, boolean>>, section: 'campaigns' | 'activity' = 'activity') {
  let made: Partial<Outbox> = {};
  app = await renderRealApp({
    section,
    before: async (s) => {
      made = await outboxWith(s, items);
    },
  });
  return { app, made };
}

describe('the outbox on the Activity screen, over the real services', () => {
  it('counts what is still on its way in the status bar, which opens the outbox with each item’s state and history', async () => {
    const { made } = await open({ refused: true, late: true, waiting: true }, 'campaigns');
    const queue = await statusBar().findByRole('button', { name: '2 queued operations, 1 waiting for your answer: open Activity' });
    fireEvent.click(queue);
    expect(await screen.findByRole('heading', { name: 'Outbox' })).toBeVisible();
    const late = await findRow(/^Launch “Dues December”: Needs your answer$/);
    expect(made.late).toBeDefined();
    expect(late.getAllByText(/^This was to start at .*; it is .*\. Launch now, reschedule, or discard\?$/)[0]).toBeVisible();
    expect(late.getAllByRole('button').map((b) => b.textContent)).toEqual(['Launch now', 'Reschedule…', 'Discard']);
    const waiting = row(/^Launch “Renewals”: Queued$/);
    expect(waiting.getAllByText(/limiting how fast this account can send requests/)[0]).toBeVisible();
    fireEvent.click(waiting.getByText(/^History \(\d+\)$/));
    expect(waiting.getAllByText(/^Queued\.$/).length).toBeGreaterThan(0);
    expect(row(/^Pause “Demo: payment reminder”: Failed$/).getByRole('button', { name: 'Retry' })).toBeVisible();
    // A settled item leaves its line in Activity too.
    expect(await screen.findByText(/^Pause “Demo: payment reminder”: Exotel refused to pause the campaign/)).toBeVisible();
    // The unanswered question comes first.
    expect(screen.getAllByRole('listitem', { name: /: (Needs your answer|Queued|Failed)$/ })[0]!.getAttribute('aria-label')).toMatch(
      /Dues December/,
    );
  });

  it('“Launch now” is confirmed naming the campaign, then Exotel makes it once and the count follows', async () => {
    const { app: a } = await open({ late: true });
    fireEvent.click((await findRow(/Dues December/)).getByRole('button', { name: 'Launch now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Launch “Dues December” now?' });
    expect(within(dialog).getByText(/A placed call cannot be taken back/)).toBeVisible();
    expect(a.calls.some((c) => c.channel === 'outbox:decide')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Launch now' }));
    expect(await screen.findByRole('listitem', { name: 'Launch “Dues December”: Done' }, { timeout: 5000 })).toBeVisible();
    expect(a.calls.find((c) => c.channel === 'outbox:decide')?.input).toEqual({
      id: expect.any(String),
      decision: 'launch-now',
      sendAt: undefined,
    });
    expect(a.services.sandbox.sandbox.snapshot().campaigns.filter((c) => c.settings.name === 'Dues December')).toHaveLength(1);
    expect(await statusBar().findByRole('button', { name: '0 queued operations: open Activity' })).toBeVisible();
  });

  it('reschedule sends the new start with this computer’s offset; Retry on a refused action sends it again', async () => {
    const { app: a } = await open({ refused: true, late: true });
    fireEvent.click((await findRow(/Dues December/)).getByRole('button', { name: 'Reschedule…' }));
    const late = row(/Dues December/);
    fireEvent.click(late.getByRole('button', { name: 'Set new start' }));
    expect(late.getByRole('alert').textContent).toBe('Choose the day and time of the new start.');
    const start = Math.ceil((Date.now() + 26 * HOUR) / 60_000) * 60_000;
    fireEvent.change(late.getByLabelText(/^New start/), { target: { value: localInput(start) } });
    fireEvent.click(late.getByRole('button', { name: 'Set new start' }));
    await waitFor(() => expect(a.calls.some((c) => c.channel === 'outbox:decide')).toBe(true));
    const decided = a.calls.find((c) => c.channel === 'outbox:decide')?.input as { sendAt: string };
    expect(decided.sendAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect(new Date(decided.sendAt).getTime()).toBe(start);
    expect(await screen.findByRole('listitem', { name: 'Launch “Dues December”: Done' }, { timeout: 5000 })).toBeVisible();
    const made = a.services.sandbox.sandbox.snapshot().campaigns.find((c) => c.settings.name === 'Dues December');
    expect(made?.settings.send_at).toBe(start);

    const refused = row(/Pause “Demo: payment reminder”/);
    const reason = refused.getAllByText(/^Exotel refused to pause the campaign/)[0]!.textContent;
    fireEvent.click(refused.getByRole('button', { name: 'Retry' }));
    // Exotel refuses again, for the same reason: the history shows both tries.
    await waitFor(() =>
      expect(
        a.services.outbox
          .list('sandbox')
          .find((i) => i.kind === 'campaign-action')
          ?.history.filter((h) => h.state === 'failed'),
      ).toHaveLength(2),
    );
    await waitFor(() => expect(row(/Pause “Demo: payment reminder”: Failed$/).getAllByText(reason!)).toHaveLength(3));
  });

  it('an item queued elsewhere appears at once and the count rises; another account’s item does not count', async () => {
    const { app: a } = await open({});
    expect(await screen.findByText('Nothing is waiting to go to Exotel.')).toBeVisible();
    const s = a.services;
    const acme = await s.accounts.create({
      name: 'Acme Collections',
      accountSid: 'acme1',
      apiKey: 'key1',
      apiToken: 'tok-acme-0001',
      region: 'mumbai',
    });
    s.desktop.online = false;
    s.network.check();
    s.sandbox.sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 600, method: 'POST', path: '/campaigns' });
    await act(async () => {
      s.outbox.enqueue(createItem('sandbox', 'Pune dues', campaignInput(['+919876500003'])));
      s.outbox.enqueue(createItem(acme.id, 'Elsewhere', campaignInput(['+919876500004'])));
      await s.outbox.idle();
    });
    expect(await screen.findByRole('listitem', { name: 'Launch “Pune dues”: Queued' })).toBeVisible();
    expect(screen.queryByRole('listitem', { name: /Elsewhere/ })).toBeNull();
    expect(statusBar().getByRole('button', { name: '1 queued operation: open Activity' })).toBeVisible();
    expect(s.outbox.list(acme.id)).toMatchObject([
      { state: 'queued', history: [{ message: 'Queued while offline; it goes when Exotel can be reached.' }] },
    ]);
  });
});
