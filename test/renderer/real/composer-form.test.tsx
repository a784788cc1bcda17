// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf } from '../helpers';
import { openComposerOnList, typeMessage } from './composer-world';

const SETTLE = { timeout: 4000 };

describe('the composer form', () => {
  it('shows each problem at its field and keeps Launch closed until all are fixed', async () => {
    const { message } = await openComposerOnList();
    const launch = screen.getByRole('button', { name: 'Launch…' }) as HTMLButtonElement;
    // An empty message is the one thing left to write.
    await waitFor(() => expect(descriptionOf(message)).toContain('Write the message the contacts will hear'), SETTLE);
    expect(launch.disabled).toBe(true);

    const name = screen.getByRole('textbox', { name: 'Campaign name' });
    fireEvent.change(name, { target: { value: 'Dec' } });
    await waitFor(() => expect(descriptionOf(name)).toBe('A campaign name needs more than 3 characters'), SETTLE);

    fireEvent.click(screen.getByRole('radio', { name: 'Calls a minute' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Calls a minute' }), { target: { value: '80' } });
    await waitFor(() => expect(screen.getByText('Choose 1 to 59 calls a minute (below the account’s 60)')).toBeVisible(), SETTLE);

    const callback = screen.getByRole('textbox', { name: 'After each call' });
    fireEvent.change(callback, { target: { value: 'ftp://reports.example.in/calls' } });
    expect(descriptionOf(callback)).toContain('is not a web address');
    fireEvent.change(callback, { target: { value: 'http://reports.example.in/calls' } });
    expect(descriptionOf(callback)).toContain('plain http');
    expect(callback.getAttribute('aria-invalid')).toBeNull();

    const fix = screen.getByRole('region', { name: 'To fix before launch' });
    expect(within(fix).getByRole('button', { name: 'Name' })).toBeVisible();
    expect(within(fix).getByRole('button', { name: 'Rate' })).toBeVisible();
    // A plain http address is a warning, not something to fix: Exotel accepts it.
    expect(within(fix).queryByText(/Call status report address/)).toBeNull();

    fireEvent.change(name, { target: { value: 'December dues reminder' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Calls a minute' }), { target: { value: '30' } });
    typeMessage(message, 'Hello @@First Name, your dues are pending.');
    await waitFor(() => expect(launch.disabled).toBe(false), SETTLE);
    expect(screen.queryByRole('region', { name: 'To fix before launch' })).toBeNull();
  });

  it('says what the launch will do, confirms it by name and count, and shows it at once as Launching…', async () => {
    const { message, calls } = await openComposerOnList();
    fireEvent.change(screen.getByRole('textbox', { name: 'Campaign name' }), { target: { value: 'December dues reminder' } });
    typeMessage(message, 'Hello @@First Name, your dues are pending.');
    const what = await screen.findByLabelText('What will happen');
    await waitFor(() => expect(what.textContent).toContain('4 numbers, sent to Exotel as a dynamic list first'), SETTLE);
    expect(what.textContent).toContain('08047112233');
    expect(what.textContent).toContain('60 calls a minute');
    expect(what.textContent).toContain('No retries.');

    const launch = screen.getByRole('button', { name: 'Launch…' }) as HTMLButtonElement;
    await waitFor(() => expect(launch.disabled).toBe(false), SETTLE);
    fireEvent.click(launch);
    const dialog = screen.getByRole('dialog', { name: 'Launch “December dues reminder”?' });
    expect(within(dialog).getByText(/will be called from/).textContent).toContain('4 numbers');
    // Focus starts on Cancel, so a hurried Enter never launches.
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Launch and call 4 numbers' }));

    const launching = await screen.findByRole('list', { name: 'Launches on their way' }, SETTLE);
    expect(within(launching).getByText('December dues reminder')).toBeVisible();
    const sent = calls.find((c) => c.channel === 'compose:launch');
    expect(sent?.input).toMatchObject({ confirmName: 'December dues reminder', confirmCount: 4 });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
  });

  it('lists drafts apart on the Campaigns screen; one reopens where it was left, one is deleted', async () => {
    const { message } = await openComposerOnList();
    fireEvent.change(screen.getByRole('textbox', { name: 'Campaign name' }), { target: { value: 'Reminder one' } });
    typeMessage(message, 'Hello @@First Name');
    fireEvent.click(screen.getByRole('button', { name: '‹ Campaigns' }));

    const drafts = await screen.findByRole('list', { name: 'Drafts' }, SETTLE);
    await waitFor(() => expect(within(drafts).getByText('Reminder one')).toBeVisible(), SETTLE);
    fireEvent.click(within(drafts).getByRole('button', { name: 'Copy the draft “Reminder one”' }));
    const copy = (await screen.findByRole('textbox', { name: 'Campaign name' }, SETTLE)) as HTMLInputElement;
    expect(copy.value).toBe('Reminder one (2)');
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe('Hello @@First Name');
    fireEvent.click(screen.getByRole('button', { name: '‹ Campaigns' }));

    const again = await screen.findByRole('list', { name: 'Drafts' }, SETTLE);
    await waitFor(() => expect(within(again).getAllByRole('listitem')).toHaveLength(2), SETTLE);
    fireEvent.click(within(again).getByRole('button', { name: 'Delete the draft “Reminder one (2)”' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete “Reminder one (2)”' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Drafts' })).getAllByRole('listitem')).toHaveLength(1), SETTLE);

    fireEvent.click(within(screen.getByRole('list', { name: 'Drafts' })).getByRole('button', { name: /^Reminder one/ }));
    expect(((await screen.findByRole('textbox', { name: 'Message' }, SETTLE)) as HTMLTextAreaElement).value).toBe('Hello @@First Name');
  });
});
