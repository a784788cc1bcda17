// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDay, seedShortPlan } from '../../support/carry-seed';
import { renderRealApp, type RealApp } from '../support/real-app';

const SETTLE = { timeout: 8000 };

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.outbox.idle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await app?.services.close();
  app = null;
});

describe('the carry-over notice on the Campaigns screen, over the real services', () => {
  it('says how many numbers wait and since when, and carries them when asked', async () => {
    app = await renderRealApp({ section: 'campaigns' });
    const s = app.services;
    const accountId = s.accounts.activeId() ?? '';
    await s.carryOver.setAuto(accountId, false);
    const plan = seedShortPlan(s, { sizes: [40, 40], minutes: 20 });
    await s.outbox.idle();
    await closeDay(s, plan, 1);
    await s.carryOver.scan();
    const waiting = s.carryOver.state().notices[0];
    expect(waiting?.state).toBe('waiting');

    const region = await screen.findByLabelText('Carry-over', undefined, SETTLE);
    const line = await within(region).findByText(/are waiting to be carried over since/, undefined, SETTLE);
    expect(line.textContent).toContain(`${waiting?.numbers} numbers from “Dues December · day 1 of 2”`);
    expect(line.textContent).toMatch(/since \w{3} \d{1,2} \w{3} \d{2}:\d{2} IST/);
    expect(s.sandbox.sandbox.snapshot().campaigns.filter((c) => c.settings.name.includes('carried over'))).toHaveLength(0);

    fireEvent.click(within(region).getByRole('button', { name: 'Carry over now' }));
    await within(region).findByText(/carried into “Dues December · day 2 of 2 · carried over”/, undefined, SETTLE);
    expect(within(region).queryByRole('button', { name: 'Carry over now' })).toBeNull();
    await s.outbox.idle();
    expect(s.sandbox.sandbox.snapshot().campaigns.filter((c) => c.settings.name.includes('carried over'))).toHaveLength(1);
  });

  it('Leave them takes the notice away and carries nothing', async () => {
    app = await renderRealApp({ section: 'campaigns' });
    const s = app.services;
    await s.carryOver.setAuto(s.accounts.activeId() ?? '', false);
    const plan = seedShortPlan(s, { sizes: [40, 40], minutes: 20 });
    await s.outbox.idle();
    await closeDay(s, plan, 1);
    await s.carryOver.scan();
    const region = await screen.findByLabelText('Carry-over', undefined, SETTLE);
    fireEvent.click(await within(region).findByRole('button', { name: 'Leave them' }, SETTLE));
    await waitFor(() => expect(screen.queryByLabelText('Carry-over')).toBeNull(), SETTLE);
    expect(s.carryOver.state().notices[0]?.state).toBe('left');
  });

  it('“Carry over by itself” sits with the account’s calling hours and is saved for the account', async () => {
    app = await renderRealApp({ section: 'accounts' });
    const box = await screen.findByRole('checkbox', { name: 'Carry over by itself' }, SETTLE);
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false), SETTLE);
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(app?.services.carryOver.auto('sandbox')).toBe(false), SETTLE);
    expect((box as HTMLInputElement).checked).toBe(false);
  });
});
