// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountCreateInput } from '../../../src/shared/accounts/schemas';
import { MemorySecrets } from '../../support/memory-secrets';
import type { TestServices } from '../../support/services';
import { descriptionOf, rail } from '../helpers';
import { renderRealApp, type RealApp, type RealAppOptions } from '../support/real-app';
import { exotelSimulator, lockedKeychain } from '../support/real-ports';

const ACME: AccountCreateInput = {
  name: 'Acme Collections',
  accountSid: 'acme1',
  apiKey: 'key1',
  apiToken: 'tok-acme-0001',
  region: 'mumbai',
  defaultCountry: 'IN',
};

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

async function open(options: RealAppOptions = {}): Promise<RealApp> {
  app = await renderRealApp({ section: 'accounts', ...options });
  return app;
}

/** Acme saved and made the active account, as a user who added it and chose "Switch to it" has it. */
async function withAcme(s: TestServices, over: Partial<AccountCreateInput> = {}): Promise<string> {
  const acme = await s.accounts.create({ ...ACME, ...over });
  await s.accounts.setActive(acme.id);
  return acme.id;
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function openAddForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
  return screen.findByRole('form', { name: 'Add account' });
}

async function fillAcme(token = 'tok-1') {
  await openAddForm();
  type('Display name', 'Acme Collections');
  type('Account SID', 'acme1');
  type('API key', 'key1');
  type('API token', token);
}

const sent = (a: RealApp, channel: string) => a.calls.filter((c) => c.channel === channel);
const saved = (a: RealApp) => a.services.accounts.activeAccount();

describe('accounts over the real services', () => {
  it('shows each problem under the field it belongs to, and sends nothing', async () => {
    const a = await open();
    await openAddForm();
    type('Account SID', 'acme coll!');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByText('Give the account a name')).toBeVisible();
    expect(descriptionOf(screen.getByLabelText('Display name'))).toBe('Give the account a name');
    expect(descriptionOf(screen.getByLabelText('Account SID'))).toBe('An Account SID has only letters, digits, - and _');
    expect(descriptionOf(screen.getByLabelText('API key'))).toBe('Enter the API key');
    expect(descriptionOf(screen.getByLabelText('API token'))).toBe('Enter the API token');
    expect(screen.getByLabelText('Account SID').getAttribute('aria-invalid')).toBe('true');
    expect(sent(a, 'accounts:create')).toEqual([]);
  });

  it('puts the errors main sends back under their fields too', async () => {
    // The window checks the same rules first, so main refusing a field the window let through cannot be
    // reached on purpose: that one answer is scripted; every other call goes to the real services.
    const message = 'Plain http is allowed only to this computer (127.0.0.1); use https';
    await open({
      bridge: async (channel, _input, next) =>
        channel === 'accounts:create'
          ? {
              ok: false,
              error: {
                code: 'validation',
                message: 'Some fields need attention',
                details: { issues: [{ path: ['customHost'], message }] },
              },
            }
          : next(),
    });
    await fillAcme();
    fireEvent.click(screen.getByRole('radio', { name: /Custom host/ }));
    type('Custom host', 'https://lab.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    await waitFor(() => expect(descriptionOf(screen.getByLabelText('Custom host'))).toBe(message));
    expect(descriptionOf(screen.getByLabelText('Display name'))).not.toMatch(/http/);
  });

  it('keeps the active account when a new one is saved, and offers Switch to it', async () => {
    const a = await open();
    await fillAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    const detail = await screen.findByRole('region', { name: 'Account Acme Collections' });
    expect(screen.getByRole('button', { name: /^Active account: Sandbox/ })).toBeVisible();
    expect(saved(a)?.kind).toBe('sandbox');
    expect(within(detail).getByText(/stays the active account/)).toBeVisible();
    fireEvent.click(within(detail).getByRole('button', { name: 'Switch to it' }));
    expect(await screen.findByRole('button', { name: /^Active account: Acme Collections/ })).toBeVisible();
    expect(saved(a)?.name).toBe('Acme Collections');
  });

  it('sends the token once, into the keychain, and never shows it again', async () => {
    const token = 'tok-9f8e7d6c5b4a';
    const secrets = new MemorySecrets();
    const a = await open({ ports: { secrets } });
    await fillAcme(token);
    expect(screen.getByLabelText('API token').getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByRole('heading', { name: 'Acme Collections', level: 1 })).toBeVisible();
    expect(sent(a, 'accounts:create').map((c) => (c.input as { apiToken: string }).apiToken)).toEqual([token]);
    expect([...secrets.entries.values()]).toEqual([token]);
    expect(screen.getByText('Saved in the system keychain')).toBeVisible();
    expect(document.body.innerHTML).not.toContain(token);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const replace = screen.getByLabelText('Replace API token') as HTMLInputElement;
    expect(replace.value).toBe('');
    expect(screen.getByText('Token saved in the system keychain.')).toBeVisible();
    expect(document.body.innerHTML).not.toContain(token);

    // Saving without typing a token keeps the saved one: no token travels.
    type('Display name', 'Acme Collections (North)');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Acme Collections (North)', level: 1 })).toBeVisible();
    expect(sent(a, 'accounts:update')[0]?.input).not.toHaveProperty('apiToken');
    expect([...secrets.entries.values()]).toEqual([token]);
  });

  it('asks for the token again and names the new host before an account moves somewhere else', async () => {
    const secrets = new MemorySecrets();
    const a = await open({ ports: { secrets }, before: (s) => withAcme(s).then(() => undefined) });
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('radio', { name: /Custom host/ }));
    type('Custom host', 'https://listener.example');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(descriptionOf(screen.getByLabelText('Replace API token'))).toContain(
      'type the API token again to use it with https://listener.example',
    );
    expect(sent(a, 'accounts:update')).toEqual([]);

    type('Replace API token', 'new-token-123');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const confirm = screen.getByRole('dialog', { name: 'Send the API token to a new host?' });
    expect(confirm.textContent).toContain('https://listener.example');
    expect(sent(a, 'accounts:update')).toEqual([]);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Use https://listener.example' }));
    await waitFor(() => expect(saved(a)?.host).toBe('https://listener.example'));
    expect([...secrets.entries.values()]).toEqual(['new-token-123']);
  });

  it('switches the active account in one click and shows it in the rail', async () => {
    const a = await open({ before: (s) => s.accounts.create(ACME).then(() => undefined) });
    expect(await screen.findByRole('button', { name: /Active account: Sandbox, Simulator, sandbox/ })).toBeVisible();
    expect(within(screen.getByRole('complementary')).getByText('SANDBOX')).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Use Acme Collections' }));
    expect(await screen.findByRole('button', { name: /Active account: Acme Collections, Mumbai/ })).toBeVisible();
    expect(within(screen.getByRole('complementary')).queryByText('SANDBOX')).toBeNull();
    expect(saved(a)?.name).toBe('Acme Collections');
  });

  it('removes an account and its token only after a confirm that names it, and Esc backs out', async () => {
    const secrets = new MemorySecrets();
    const a = await open({ ports: { secrets }, before: (s) => withAcme(s).then(() => undefined) });
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Acme Collections”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBe(document.activeElement);

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent(a, 'accounts:remove')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Acme Collections”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Acme Collections/ })).toBeNull());
    expect((await a.services.accounts.state()).accounts.map((x) => x.kind)).toEqual(['sandbox']);
    expect(secrets.entries.size).toBe(0);
  });

  it('tells the user plainly what a connection test found', async () => {
    // Exotel, as the simulator: it knows other credentials than Acme's, so it answers 401.
    await open({ ports: { fetch: exotelSimulator() }, before: (s) => withAcme(s, { apiKey: 'bad-key' }).then(() => undefined) });
    fireEvent.click(await screen.findByRole('button', { name: /^Acme Collections/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const status = screen.getByRole('status', { name: 'Connection test' });
    await waitFor(() => expect(status.textContent).toContain('Exotel rejected the API key or token for this account'));
    expect(within(status).getByText('Wrong key or token')).toBeVisible();
  });

  it('warns before anyone types a token when the keychain is locked, in one line with how to fix it', async () => {
    await open({ ports: { secrets: lockedKeychain() } });
    const line = await screen.findByText('The system keychain is locked: API tokens cannot be saved until it is.');
    const banner = line.closest('details') as HTMLDetailsElement;
    // Nothing was tried yet: no "nothing was saved", and the first sentence is not said twice.
    expect(banner.textContent).not.toMatch(/nothing was saved/i);
    expect(banner.textContent?.match(/keychain is locked/g)).toHaveLength(1);
    expect(banner.open).toBe(false);
    fireEvent.click(within(banner).getByText('How to fix'));
    expect(banner.open).toBe(true);
    expect(within(banner).getByText(/Unlock your desktop keyring/)).toBeVisible();
    expect(rail().getByRole('button', { name: 'Accounts' }).getAttribute('aria-current')).toBe('page');

    // A save that fails is when the whole story is told, and nothing about the account is kept.
    await fillAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    const message = 'The system keychain is locked. Unlock it (log in to your desktop keyring) and try again; nothing was saved.';
    expect((await screen.findByText(message)).closest('[role="alert"]')).toBeVisible();
    expect((await app!.services.accounts.state()).accounts.map((x) => x.kind)).toEqual(['sandbox']);
  });
});

describe('account settings for campaigns', () => {
  it('names the ExoPhone that is wrong by its line, and a throttle that is not a number', async () => {
    const a = await open();
    await fillAcme();
    type('ExoPhones (caller IDs)', '08047112233\n0804-CALL-ME');
    type('Account throttle (calls a minute)', 'sixty');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('ExoPhones (caller IDs)'))).toBe(
        'Line 2: “0804-CALL-ME” is not an ExoPhone; use its 6 to 15 digits, with an optional leading +',
      ),
    );
    expect(descriptionOf(screen.getByLabelText('Account throttle (calls a minute)'))).toMatch(/whole number/);
    expect(sent(a, 'accounts:create')).toEqual([]);
  });

  it('saves every ExoPhone, the throttle and the zone, and shows them on the account', async () => {
    const a = await open();
    await fillAcme();
    type('ExoPhones (caller IDs)', '08047112233\n+918033334444');
    type('Account throttle (calls a minute)', '120');
    type('Time zone', 'Asia/Dubai');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByRole('heading', { name: 'Acme Collections', level: 1 })).toBeVisible();
    const stored = (await a.services.accounts.state()).accounts.find((x) => x.name === 'Acme Collections');
    expect(stored).toMatchObject({ callerIds: ['08047112233', '+918033334444'], accountThrottle: 120, timeZone: 'Asia/Dubai' });
    expect(screen.getByText('+918033334444')).toBeVisible();
    expect(screen.getByText('120 calls a minute')).toBeVisible();
    expect(screen.getByText('Asia/Dubai')).toBeVisible();
  });
});
