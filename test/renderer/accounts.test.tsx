// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/ipc/result';
import { SANDBOX } from './fake/fake-accounts';
import { descriptionOf, rail, renderApp } from './helpers';

const ACME = {
  ...SANDBOX,
  id: 'acme',
  kind: 'exotel' as const,
  name: 'Acme Collections',
  accountSid: 'acme1',
  apiKey: 'key1',
  region: 'mumbai' as const,
  host: 'https://api.in.exotel.com',
  hasToken: true,
};

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function openAddForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
  return screen.findByRole('form', { name: 'Add account' });
}

describe('accounts', () => {
  it('shows each problem under the field it belongs to', async () => {
    renderApp({}, 'accounts');
    await openAddForm();
    type('Account SID', 'acme coll!');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByText('Give the account a name')).toBeTruthy();
    expect(descriptionOf(screen.getByLabelText('Display name'))).toBe('Give the account a name');
    expect(descriptionOf(screen.getByLabelText('Account SID'))).toBe('An Account SID has only letters, digits, - and _');
    expect(descriptionOf(screen.getByLabelText('API key'))).toBe('Enter the API key');
    expect(descriptionOf(screen.getByLabelText('API token'))).toBe('Enter the API token');
    expect(screen.getByLabelText('Account SID').getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the errors main sends back under their fields too', async () => {
    const { core } = renderApp({}, 'accounts');
    core.failNext['accounts:create'] = new AppError('validation', 'Some fields need attention', {
      issues: [{ path: ['customHost'], message: 'Plain http is allowed only to this computer (127.0.0.1); use https' }],
    });
    await openAddForm();
    type('Display name', 'Lab');
    type('Account SID', 'lab1');
    type('API key', 'k');
    type('API token', 't');
    fireEvent.click(screen.getByRole('radio', { name: /Custom host/ }));
    type('Custom host', 'https://lab.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('Custom host'))).toBe('Plain http is allowed only to this computer (127.0.0.1); use https'),
    );
    expect(descriptionOf(screen.getByLabelText('Display name'))).not.toMatch(/http/);
  });

  it('keeps the active account when a new one is saved, and offers Switch to it', async () => {
    renderApp({}, 'accounts');
    await openAddForm();
    type('Display name', 'Acme Collections');
    type('Account SID', 'acme1');
    type('API key', 'key1');
    type('API token', 'tok-1');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    const detail = await screen.findByRole('region', { name: 'Account Acme Collections' });
    expect(screen.getByRole('button', { name: /^Active account: Sandbox/ })).toBeTruthy();
    expect(within(detail).getByText(/stays the active account/)).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Switch to it' }));
    expect(await screen.findByRole('button', { name: /^Active account: Acme Collections/ })).toBeTruthy();
  });

  it('sends the token once and never shows it again', async () => {
    const token = 'tok-9f8e7d6c5b4a';
    const { core } = renderApp({}, 'accounts');
    await openAddForm();
    type('Display name', 'Acme Collections');
    type('Account SID', 'acme1');
    type('API key', 'key1');
    type('API token', token);
    expect(screen.getByLabelText('API token').getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByRole('heading', { name: 'Acme Collections', level: 1 })).toBeTruthy();
    const create = core.calls.find((c) => c.channel === 'accounts:create');
    expect((create?.input as { apiToken: string }).apiToken).toBe(token);
    expect(screen.getByText('Saved in the system keychain')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(token);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const replace = screen.getByLabelText('Replace API token') as HTMLInputElement;
    expect(replace.value).toBe('');
    expect(screen.getByText('Token saved in the system keychain.')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(token);

    // Saving without typing a token keeps the saved one: no token travels.
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'accounts:update')).toBe(true));
    const update = core.calls.find((c) => c.channel === 'accounts:update');
    expect(update?.input).not.toHaveProperty('apiToken');
  });

  it('asks for the token again and names the new host before an account moves somewhere else', async () => {
    const { core } = renderApp({ accounts: [SANDBOX, ACME], activeId: 'acme' }, 'accounts');
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('radio', { name: /Custom host/ }));
    fireEvent.change(screen.getByLabelText('Custom host'), { target: { value: 'https://listener.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(descriptionOf(screen.getByLabelText('Replace API token'))).toContain('type the API token again to use it with https://listener.example');
    expect(core.calls.some((c) => c.channel === 'accounts:update')).toBe(false);

    fireEvent.change(screen.getByLabelText('Replace API token'), { target: { value: 'new-token-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const confirm = screen.getByRole('dialog', { name: 'Send the API token to a new host?' });
    expect(confirm.textContent).toContain('https://listener.example');
    expect(core.calls.some((c) => c.channel === 'accounts:update')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Use https://listener.example' }));
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'accounts:update')).toBe(true));
  });

  it('switches the active account in one click and shows it in the rail', async () => {
    renderApp({ accounts: [SANDBOX, ACME], activeId: 'sandbox' }, 'accounts');
    expect(await screen.findByRole('button', { name: /Active account: Sandbox, Simulator, sandbox/ })).toBeTruthy();
    expect(within(screen.getByRole('complementary')).getByText('SANDBOX')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Use Acme Collections' }));
    expect(await screen.findByRole('button', { name: /Active account: Acme Collections, Mumbai/ })).toBeTruthy();
    expect(within(screen.getByRole('complementary')).queryByText('SANDBOX')).toBeNull();
  });

  it('removes an account only after a confirm that names it, and Esc backs out', async () => {
    const { core, state } = renderApp({ accounts: [SANDBOX, ACME], activeId: 'acme' }, 'accounts');
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Acme Collections”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBe(document.activeElement);

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(core.calls.some((c) => c.channel === 'accounts:remove')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Acme Collections”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Acme Collections/ })).toBeNull());
    expect(state.accounts.map((a) => a.id)).toEqual(['sandbox']);
  });

  it('tells the user plainly what a connection test found', async () => {
    renderApp({ accounts: [SANDBOX, { ...ACME, apiKey: 'bad-key' }], activeId: 'acme' }, 'accounts');
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const status = screen.getByRole('status', { name: 'Connection test' });
    await waitFor(() => expect(status.textContent).toContain('Exotel rejected the API key or token for this account'));
    expect(within(status).getByText('Wrong key or token')).toBeTruthy();
  });

  it('warns before anyone types a token when the keychain is locked, in one line with how to fix it', async () => {
    const message = 'The system keychain is locked. Unlock it (log in to your desktop keyring) and try again; nothing was saved.';
    renderApp({ keychain: { available: false, message } }, 'accounts');
    const line = await screen.findByText('The system keychain is locked: API tokens cannot be saved until it is.');
    const banner = line.closest('details') as HTMLDetailsElement;
    // Nothing was tried yet: no "nothing was saved", and the first sentence is not said twice.
    expect(banner.textContent).not.toMatch(/nothing was saved/i);
    expect(banner.textContent?.match(/keychain is locked/g)).toHaveLength(1);
    expect(banner.open).toBe(false);
    fireEvent.click(within(banner).getByText('How to fix'));
    expect(banner.open).toBe(true);
    expect(within(banner).getByText(/Unlock your desktop keyring/)).toBeTruthy();
    expect(rail().getByRole('button', { name: 'Accounts' }).getAttribute('aria-current')).toBe('page');

    // A save that fails is when the whole story is told.
    await openAddForm();
    type('Display name', 'Acme Collections');
    type('Account SID', 'acme1');
    type('API key', 'key1');
    type('API token', 'tok-1');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    expect((await screen.findByText(message)).closest('[role="alert"]')).toBeTruthy();
  });
});
