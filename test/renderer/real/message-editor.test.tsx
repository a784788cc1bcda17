// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openComposerOnList, typeMessage } from './composer-world';

const heard = () => screen.getByLabelText('Message for this contact').textContent;

describe('the message editor', () => {
  it('offers the list’s exact @@ names after @@ and inserts the one chosen with the keyboard', async () => {
    const { message } = await openComposerOnList();
    typeMessage(message, 'Hello @@');
    const names = screen.getByRole('listbox', { name: 'Variables' });
    expect(
      within(names)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['@@First Name', '@@Order ID']);

    fireEvent.keyDown(message, { key: 'ArrowDown' });
    expect(within(names).getByRole('option', { name: '@@Order ID' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(message, { key: 'ArrowUp' });
    fireEvent.keyDown(message, { key: 'Enter' });
    expect((message as HTMLTextAreaElement).value).toBe('Hello @@First Name');
    expect(screen.queryByRole('listbox', { name: 'Variables' })).toBeNull();

    // What was typed narrows the names; Tab takes the first, Esc closes without choosing.
    typeMessage(message, 'Hello @@First Name, order @@ord');
    expect(
      within(screen.getByRole('listbox', { name: 'Variables' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['@@Order ID']);
    fireEvent.keyDown(message, { key: 'Escape' });
    expect(screen.queryByRole('listbox', { name: 'Variables' })).toBeNull();
    expect((message as HTMLTextAreaElement).value).toBe('Hello @@First Name, order @@ord');
    typeMessage(message, 'Hello @@First Name, order @@Ord');
    fireEvent.keyDown(message, { key: 'Tab' });
    expect((message as HTMLTextAreaElement).value).toBe('Hello @@First Name, order @@Order ID');
  });

  it('underlines an @@ that names no column and says so in plain words', async () => {
    const { message, view } = await openComposerOnList();
    typeMessage(message, 'Hi @@Frist Name, your order @@Order ID.');
    const marks = view.container.querySelectorAll('.msg-unknown');
    expect([...marks].map((m) => m.textContent)).toEqual(['@@Frist']);
    expect(screen.getByText('“@@Frist” is not a column of this list: it would be read out as written.')).toBeVisible();
    expect(message.getAttribute('aria-describedby')).toMatch(/unknown/);

    typeMessage(message, 'Hi @@First Name, your order @@Order ID.');
    expect(view.container.querySelectorAll('.msg-unknown')).toHaveLength(0);
    expect(screen.queryByText(/is not a column of this list/)).toBeNull();
  });

  it('previews the message per contact: next, previous and jump to a sheet row', async () => {
    const { message } = await openComposerOnList();
    typeMessage(message, 'Hello @@First Name');
    expect(heard()).toBe('Hello Asha');
    expect(screen.getByText(/Contact 1 of 4 · row 2/)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Next ›' }));
    await waitFor(() => expect(heard()).toBe('Hello Bilal'));
    expect(screen.getByText(/Contact 2 of 4/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: '‹ Previous' }));
    await waitFor(() => expect(heard()).toBe('Hello Asha'));
    expect((screen.getByRole('button', { name: '‹ Previous' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByRole('textbox', { name: 'Row' }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(heard()).toBe('Hello Dev'));
    expect((screen.getByRole('button', { name: 'Next ›' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByRole('textbox', { name: 'Row' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('Row 40 is not among the contacts that will be called.')).toBeVisible();
    expect(heard()).toBe('Hello Dev');

    expect(screen.getByText(/2 words, about 1 second spoken/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: '5 random contacts' }));
    const randoms = await screen.findByRole('list', { name: 'Random contacts' });
    expect(within(randoms).getAllByRole('listitem')).toHaveLength(4);
  });

  it('counts the contacts with an empty value, lists them, and leaves them out on request', async () => {
    const { message } = await openComposerOnList();
    typeMessage(message, 'Hello @@First Name. Your order ID is @@Order ID. Thank you.');
    const warning = await screen.findByText(/1 contact has no Order ID/);
    expect(warning.parentElement?.textContent).toContain('it would hear “Your order ID is .”');
    expect(screen.getByLabelText('Numbers to call').textContent).toBe('4');

    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    const rows = await screen.findByRole('list', { name: 'Contacts with no Order ID' });
    expect(within(rows).getByRole('listitem').textContent).toContain('Row 4');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Leave them out' }));
    await waitFor(() => expect(screen.getByLabelText('Numbers to call').textContent).toBe('3'), { timeout: 3000 });
    expect(screen.getByText(/They are left out of this campaign/)).toBeVisible();
  });

  it('saves the draft as the user types, within a second', async () => {
    const { message, services } = await openComposerOnList();
    typeMessage(message, 'Hello @@First Name, this is a reminder.');
    await act(async () => {
      await new Promise((done) => setTimeout(done, 1000));
    });
    const [summary] = services.drafts.list();
    expect(summary && services.drafts.get(summary.id).content).toMatchObject({
      kind: 'text',
      text: 'Hello @@First Name, this is a reminder.',
    });
  });
});
