// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import { useNav } from '../../../src/renderer/app/nav-store';
import { renderApp } from '../helpers';

function launchItem(over: Partial<OutboxItemView>): OutboxItemView {
  const at = new Date().toISOString();
  return {
    id: 'item-9',
    accountId: 'sandbox',
    kind: 'campaign-create',
    state: 'queued',
    title: 'Launch “Dues reminder” (1,204 numbers)',
    key: 'Dues reminder',
    dependsOn: null,
    draftId: 'draft-1',
    campaignId: null,
    action: null,
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    message: null,
    choices: [],
    history: [{ at, state: 'queued', message: 'Queued' }],
    ...over,
  };
}

describe('launches on the Campaigns screen', () => {
  it('shows a launch as Launching… at once, and one that needs an answer with the way to Activity', async () => {
    const { core } = renderApp({}, 'campaigns');
    await screen.findByRole('button', { name: 'New campaign' });
    core.emit('outbox:changed', launchItem({}));
    const list = await screen.findByRole('list', { name: 'Launches on their way' });
    expect(within(list).getByText('Dues reminder')).toBeVisible();
    expect(within(list).getByText('Launching…')).toBeVisible();
    // Online, a queued launch is on its way; "when Exotel is reachable" is only said offline.
    expect(within(list).getByText('Going to Exotel')).toBeVisible();
    expect(within(list).queryByText(/when Exotel is reachable/)).toBeNull();
    act(() => core.emit('network:changed', { online: false, lastSyncAt: null }));
    expect(await within(list).findByText(/Queued: goes out when Exotel is reachable/)).toBeVisible();
    act(() => core.emit('network:changed', { online: true, lastSyncAt: null }));

    core.emit(
      'outbox:changed',
      launchItem({
        state: 'needs-confirmation',
        message: 'This was to start at 10:00; it is 11:40. Launch now, reschedule, or discard?',
        choices: ['launch-now', 'reschedule', 'discard'],
      }),
    );
    await waitFor(() => expect(within(list).getByText('Needs your answer')).toBeVisible());
    expect(within(list).getByText(/it is 11:40/)).toBeVisible();
    fireEvent.click(within(list).getByRole('button', { name: 'Open in Activity' }));
    expect(useNav.getState().section).toBe('activity');
  });

  it('leaves out launches made on another account', async () => {
    const { core } = renderApp({}, 'campaigns');
    await screen.findByRole('button', { name: 'New campaign' });
    core.emit('outbox:changed', launchItem({ id: 'other', accountId: 'acme', key: 'Other account launch' }));
    core.emit('outbox:changed', launchItem({ id: 'mine', key: 'Mine' }));
    const list = await screen.findByRole('list', { name: 'Launches on their way' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).queryByText('Other account launch')).toBeNull();
  });
});
