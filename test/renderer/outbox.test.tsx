// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutboxItemView } from '../../src/shared/compose/outbox';
import { useOutbox } from '../../src/renderer/features/activity/outbox-store';
import { renderApp } from './helpers';

const AT = '2026-11-27T05:10:00.000Z';

function item(id: string, over: Partial<OutboxItemView>): OutboxItemView {
  return {
    id,
    accountId: 'sandbox',
    kind: 'campaign-create',
    state: 'queued',
    title: `Launch “${id}”`,
    key: id,
    dependsOn: null,
    draftId: null,
    campaignId: null,
    action: null,
    createdAt: AT,
    updatedAt: AT,
    attempts: 0,
    message: null,
    choices: [],
    history: [{ at: AT, state: 'queued', message: 'Queued while offline; it goes when Exotel can be reached.' }],
    ...over,
  };
}

const LATE = item('Dues December', {
  state: 'needs-confirmation',
  message: 'This was to start at 10:00 IST; it is 11:40 IST. Launch now, reschedule, or discard?',
  choices: ['launch-now', 'reschedule', 'discard'],
});
const REFUSED = item('Diwali offers', {
  kind: 'campaign-action',
  action: 'pause',
  title: 'Pause “Diwali offers”',
  state: 'failed',
  attempts: 1,
  message: 'Exotel refused to pause the campaign: cannot pause a campaign that is completed. Nothing was changed on Exotel; choose Retry when the cause is fixed.',
  choices: ['retry'],
});
const WAITING = item('Renewals', {});
const OTHER_ACCOUNT = item('Elsewhere', { accountId: 'acct-9' });

const statusBar = () => within(screen.getByRole('contentinfo', { name: 'Status' }));
const row = (name: RegExp) => within(screen.getByRole('listitem', { name }));
const findRow = async (name: RegExp) => within(await screen.findByRole('listitem', { name }));

describe('the outbox on the Activity screen', () => {
  it('counts what is still on its way in the status bar, which opens the outbox with each item’s state and history', async () => {
    renderApp({ outbox: [LATE, REFUSED, WAITING] });
    const queue = await statusBar().findByRole('button', { name: '2 queued operations, 1 waiting for your answer: open Activity' });
    fireEvent.click(queue);
    expect(await screen.findByRole('heading', { name: 'Outbox' })).toBeTruthy();
    const late = row(/^Launch “Dues December”: Needs your answer$/);
    expect(late.getByText(LATE.message!)).toBeTruthy();
    expect(late.getAllByRole('button').map((b) => b.textContent)).toEqual(['Launch now', 'Reschedule…', 'Discard']);
    const waiting = row(/^Launch “Renewals”: Queued$/);
    fireEvent.click(waiting.getByText('History (1)'));
    expect(waiting.getByText(/Queued while offline/)).toBeTruthy();
    // The unanswered question comes first.
    expect(screen.getAllByRole('listitem', { name: /: (Needs your answer|Queued|Failed)$/ })[0]!.getAttribute('aria-label')).toMatch(/Dues December/);
  });

  it('“Launch now” is confirmed naming the campaign, then the item is queued again and the count follows', async () => {
    const { core } = renderApp({ outbox: [LATE] }, 'activity');
    fireEvent.click((await findRow(/Dues December/)).getByRole('button', { name: 'Launch now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Launch “Dues December” now?' });
    expect(within(dialog).getByText(/A placed call cannot be taken back/)).toBeTruthy();
    expect(core.calls.some((c) => c.channel === 'outbox:decide')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Launch now' }));
    await waitFor(() => expect(row(/Dues December/).getByText('Queued')).toBeTruthy());
    expect(core.calls.find((c) => c.channel === 'outbox:decide')?.input).toEqual({ id: 'Dues December', decision: 'launch-now', sendAt: undefined });
    expect(statusBar().getByRole('button', { name: '1 queued operation: open Activity' })).toBeTruthy();
  });

  it('reschedule sends the new start with this computer’s offset; Retry on a failed action queues it again', async () => {
    const { core } = renderApp({ outbox: [LATE, REFUSED] }, 'activity');
    fireEvent.click((await findRow(/Dues December/)).getByRole('button', { name: 'Reschedule…' }));
    const late = row(/Dues December/);
    fireEvent.click(late.getByRole('button', { name: 'Set new start' }));
    expect(late.getByRole('alert').textContent).toBe('Choose the day and time of the new start.');
    fireEvent.change(late.getByLabelText(/^New start/), { target: { value: '2026-11-27T15:00' } });
    fireEvent.click(late.getByRole('button', { name: 'Set new start' }));
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'outbox:decide')).toBe(true));
    const sent = core.calls.find((c) => c.channel === 'outbox:decide')?.input as { sendAt: string };
    expect(sent.sendAt).toMatch(/^2026-11-27T15:00:00[+-]\d\d:\d\d$/);
    expect(new Date(sent.sendAt).getTime()).toBe(new Date('2026-11-27T15:00').getTime());

    const refused = row(/Pause “Diwali offers”/);
    expect(refused.getByText(/cannot pause a campaign that is completed/)).toBeTruthy();
    fireEvent.click(refused.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(row(/Pause “Diwali offers”/).getByText('Queued')).toBeTruthy());
  });

  it('an item queued elsewhere appears at once and the count rises; another account’s item does not count', async () => {
    const { core } = renderApp({ outbox: [] }, 'activity');
    expect(await screen.findByText('Nothing is waiting to go to Exotel.')).toBeTruthy();
    act(() => {
      core.emit('outbox:changed', item('Pune dues', { state: 'sending', title: 'Launch “Pune dues” (1,204 numbers)' }));
      core.emit('outbox:changed', OTHER_ACCOUNT);
    });
    expect(await screen.findByRole('listitem', { name: 'Launch “Pune dues” (1,204 numbers): Sending…' })).toBeTruthy();
    expect(statusBar().getByRole('button', { name: '1 queued operation: open Activity' })).toBeTruthy();
    expect(useOutbox.getState().items).toHaveLength(1);
  });
});
