// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPlan, settlePlan } from '../../support/plan-seed';
import type { TestServices } from '../../support/services';
import { renderRealApp, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.outbox.idle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await app?.services.close();
  app = null;
});

/** The days' campaigns as the Sandbox itself holds them, by name. */
function onExotel(services: TestServices): string[] {
  const all = services.sandbox.sandbox.snapshot().campaigns;
  return [1, 2, 3].map((day) => all.find((c) => c.settings.name === `Dues December · day ${day} of 3`)?.status ?? 'missing');
}

/** The Campaigns screen with a 3-day plan launched on the Sandbox: day 1 calling, days 2 and 3 not started. */
async function open(): Promise<RealApp> {
  app = await renderRealApp({
    section: 'campaigns',
    before: async (services) => {
      const { itemIds } = seedPlan(services);
      await settlePlan(services, itemIds);
    },
  });
  await within(await campaignList()).findByRole('button', { name: /Dues December · day 1 of 3/ }, { timeout: 10_000 });
  return app;
}

const campaignList = () => screen.findByRole('list', { name: 'Campaigns' });

async function openPlan(): Promise<HTMLElement> {
  fireEvent.click(within(await campaignList()).getByRole('button', { name: /Dues December · day 1 of 3/ }));
  return screen.findByRole('article', { name: 'Plan Dues December' }, { timeout: 5_000 });
}

async function act(label: string, dialogTitle: string): Promise<HTMLElement> {
  const group = screen.getByRole('group', { name: 'Act on the plan “Dues December”' });
  fireEvent.click(within(group).getByRole('button', { name: label }));
  return screen.findByRole('dialog', { name: dialogTitle });
}

describe('a plan of daily runs on the Campaigns screen', () => {
  it('is one row naming the day it is on, with the days’ numbers added up; its days are not rows of their own', async () => {
    await open();
    const list = await campaignList();
    const rows = within(list).getAllByRole('button', { name: /Dues December/ });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('of 92 numbers done');
    expect(rows[0]?.textContent).toContain('Plan of 3 days');
    expect(within(list).queryByRole('button', { name: /day 2 of 3/ })).toBeNull();
    expect(within(list).queryByRole('button', { name: /day 3 of 3/ })).toBeNull();
    // The demo campaigns are still listed beside it.
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(1);
  });

  it('while its days are still being created, it is one row saying so, and its days show as queued', async () => {
    app = await renderRealApp({
      section: 'campaigns',
      before: (services) => {
        services.network.pretendOffline(true);
        seedPlan(services);
      },
    });
    const row = await within(await campaignList()).findByRole('button', { name: /Dues December · day 1 of 3/ }, { timeout: 10_000 });
    expect(row.textContent).toContain('Launching');
    expect(screen.queryByRole('list', { name: 'Launches on their way' })).toBeNull();
    fireEvent.click(row);
    const detail = await screen.findByRole('article', { name: 'Plan Dues December' });
    const body = within(within(detail).getByRole('table', { name: 'Days' }))
      .getAllByRole('row')
      .slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual([
      expect.stringContaining('Queued'),
      expect.stringContaining('Queued'),
      expect.stringContaining('Queued'),
    ]);
  });

  it('opens from its row, and gives the pane back to a campaign chosen after it', async () => {
    await open();
    await openPlan();
    fireEvent.click(within(await campaignList()).getByRole('button', { name: /Demo: feedback calls/ }));
    await screen.findByRole('article', { name: 'Campaign Demo: feedback calls' });
    expect(screen.queryByRole('article', { name: 'Plan Dues December' })).toBeNull();
    await openPlan();
    expect(screen.queryByRole('article', { name: 'Campaign Demo: feedback calls' })).toBeNull();
  });

  it('its detail lists the days with their numbers and states', async () => {
    await open();
    const detail = await openPlan();
    const days = within(detail).getByRole('table', { name: 'Days' });
    const body = within(days).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Day 1 of 3', 'Day 2 of 3', 'Day 3 of 3']);
    expect(body.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual(['40', '40', '12']);
    expect(body[0]?.textContent).toContain('Calling');
    expect(body[1]?.textContent).toContain('Scheduled');
  });

  it('Pause says what it will do, then pauses the calling day and the days not started on Exotel', async () => {
    const { services } = await open();
    await openPlan();
    const dialog = await act('Pause plan…', 'Pause “Dues December”, all its days?');
    expect(dialog.textContent).toContain('Pauses day 1 and the 2 days not started.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pause “Dues December”' }));
    await waitFor(() => expect(onExotel(services)).toEqual(['paused', 'paused', 'paused']), { timeout: 8_000 });
    const said = await screen.findByRole('status', { name: 'What the plan action did' });
    expect(said.textContent).toContain('Day 1: Pause queued.');
  });

  it('Complete completes the day that called and deletes the days not started', async () => {
    const { services } = await open();
    await openPlan();
    fireEvent.click(
      within(await act('Pause plan…', 'Pause “Dues December”, all its days?')).getByRole('button', { name: 'Pause “Dues December”' }),
    );
    await waitFor(() => expect(onExotel(services)).toEqual(['paused', 'paused', 'paused']), { timeout: 8_000 });
    // The detail reads the paused days back before Complete offers what it will do.
    await waitFor(() => expect(screen.getAllByText('Paused').length).toBeGreaterThanOrEqual(3), { timeout: 8_000 });

    const dialog = await act('Complete plan…', 'Complete “Dues December”, all its days?');
    expect(dialog.textContent).toContain(
      'Completes day 1: the numbers not called yet become failed; deletes the 2 days not started, so 52 numbers are not called.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete “Dues December”' }));
    await waitFor(
      () => {
        const [day1, ...later] = onExotel(services);
        expect(day1).toBe('completed');
        for (const status of later) expect(['deleted', 'missing']).toContain(status);
      },
      { timeout: 8_000 },
    );
  });

  it('Edit changes the message of the days not started, and leaves the day calling as it is', async () => {
    const { services } = await open();
    await openPlan();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Act on the plan “Dues December”' })).getByRole('button', {
        name: 'Edit days not started…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit the days of “Dues December” not started' });
    expect(dialog.textContent).toContain('Changes days 2, 3.');
    const message = within(dialog).getByRole('textbox', { name: 'Message' });
    await waitFor(() => expect((message as HTMLTextAreaElement).value).toBe('Your December dues are waiting.'));
    fireEvent.change(message, { target: { value: 'Your dues are now due on the 20th.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes to 2 days' }));
    const texts = () =>
      [1, 2, 3].map(
        (day) =>
          services.sandbox.sandbox.snapshot().campaigns.find((c) => c.settings.name === `Dues December · day ${day} of 3`)?.settings
            .read_via_text,
      );
    await waitFor(
      () =>
        expect(texts()).toEqual([
          'Your December dues are waiting.',
          'Your dues are now due on the 20th.',
          'Your dues are now due on the 20th.',
        ]),
      { timeout: 8_000 },
    );
    expect((await screen.findByRole('status', { name: 'What the plan action did' })).textContent).toContain('Day 2: Change queued.');
  });

  it('“Call again those not reached” opens one draft of the numbers not reached on every day', async () => {
    app = await renderRealApp({
      section: 'campaigns',
      before: async (services) => {
        const { itemIds } = seedPlan(services, { numbers: [6, 5, 4] });
        await settlePlan(services, itemIds);
        services.sandbox.sandbox.clock.advance(3 * 24 * 3_600_000);
        const account = services.accounts.activeAccount();
        if (!account) throw new Error('no active account');
        await services.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
        for (const item of itemIds)
          await services.jobs.wait(services.campaigns.syncCalls(services.outbox.get(item)?.campaignId ?? '').jobId);
      },
    });
    const services = app.services;
    // Each number by its last call, as the calls table of each day lists them in time order.
    const last = new Map<string, string>();
    for (const d of services.plans.get(services.plans.list()[0]?.id ?? '').days) {
      const page = await services.campaigns.calls({ id: d.campaignId ?? '', offset: 0, limit: 500, sort: 'time' });
      for (const c of page.rows) last.set(c.number, c.status);
    }
    const notReached = [...last].filter(([, status]) => status === 'busy' || status === 'no-answer').map(([number]) => ({ number }));
    expect(notReached.length).toBeGreaterThan(0);

    const row = await within(await campaignList()).findByRole('button', { name: /^Dues December · day 3 of 3/ }, { timeout: 10_000 });
    fireEvent.click(row);
    const detail = await screen.findByRole('article', { name: 'Plan Dues December' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Call again those not reached' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call again those not reached by “Dues December”' });
    const start = await within(dialog).findByRole('button', {
      name: `Start a draft for ${notReached.length} number${notReached.length === 1 ? '' : 's'}`,
    });
    await waitFor(() => expect(start).toBeEnabled());
    fireEvent.click(start);
    const name = await screen.findByRole('textbox', { name: 'Campaign name' }, { timeout: 8_000 });
    expect((name as HTMLInputElement).value).toBe('Dues December · again (busy, no answer)');
    const draft = services.drafts.require(services.drafts.list()[0]?.id ?? '');
    expect(draft.audience.kind === 'numbers' ? draft.audience.text.split('\n').sort() : []).toEqual(notReached.map((c) => c.number).sort());
  });
});
