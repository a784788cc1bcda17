import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT_ID } from '../../../src/main/services/accounts/accounts-service';
import { keychainError } from '../../../src/main/platform/keytar-store';
import { MemorySecrets } from '../../support/memory-secrets';
import { makeServices, type TestServices } from '../../support/services';

const form = {
  name: 'Mumbai ops',
  accountSid: 'acme1',
  apiKey: 'key-123',
  apiToken: 'token-very-secret-456',
  region: 'mumbai' as const,
  callerId: '08047112233',
};

let s: TestServices;
afterEach(() => s?.close());

describe('accounts', () => {
  it('opens on the Sandbox account when no real account exists', async () => {
    s = makeServices();
    const state = await s.accounts.state();
    expect(state.accounts.map((a) => a.kind)).toEqual(['sandbox']);
    expect(state.activeId).toBe(SANDBOX_ACCOUNT_ID);
  });

  it('stores the token in the keychain only and never hands it back', async () => {
    const secrets = new MemorySecrets();
    s = makeServices({ secrets });
    const view = await s.accounts.create(form);
    expect(secrets.entries.get(view.id)).toBe(form.apiToken);
    expect(view.hasToken).toBe(true);
    expect(JSON.stringify(view)).not.toContain(form.apiToken);
    expect(JSON.stringify(await s.accounts.state())).not.toContain(form.apiToken);
    expect(JSON.stringify(s.events)).not.toContain(form.apiToken);
    const row = s.db.prepare('SELECT * FROM accounts WHERE id = ?').get(view.id);
    expect(JSON.stringify(row)).not.toContain(form.apiToken);
    expect(view.host).toBe('https://api.in.exotel.com');
  });

  it('saving a new account never makes it active; switching is one call the user makes', async () => {
    s = makeServices();
    const first = await s.accounts.create(form);
    expect((await s.accounts.state()).activeId).toBe(SANDBOX_ACCOUNT_ID);
    const second = await s.accounts.create({ ...form, name: 'Singapore', region: 'singapore' });
    expect((await s.accounts.state()).activeId).toBe(SANDBOX_ACCOUNT_ID);
    await s.accounts.setActive(first.id);
    const after = await s.accounts.setActive(second.id);
    expect(after.activeId).toBe(second.id);
    expect(s.events.at(-1)).toMatchObject({ event: 'accounts:changed', payload: { activeId: second.id } });
  });

  it("switching cancels the old account's sync, lets its send finish, and Activity says which", async () => {
    s = makeServices();
    const real = await s.accounts.create(form);
    const untilCancelled = (ctx: { signal: AbortSignal }) =>
      new Promise<never>((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const sync = s.jobs.start({
      kind: 'sync',
      title: 'Syncing campaigns',
      accountId: SANDBOX_ACCOUNT_ID,
      work: untilCancelled,
      describe: () => '',
    });
    let finishSend: () => void = () => undefined;
    const send = s.jobs.start({
      kind: 'upload',
      title: 'Sending “Pune” to Sandbox',
      accountId: SANDBOX_ACCOUNT_ID,
      work: () => new Promise<void>((done) => (finishSend = done)),
      describe: () => 'sent',
    });

    const syncEnd = s.jobs.wait(sync.jobId);
    await s.accounts.setActive(real.id);
    expect(await syncEnd).toMatchObject({ outcome: 'cancelled' });
    expect(s.jobs.list().map((j) => j.jobId)).toEqual([send.jobId]);
    finishSend();
    expect(await s.jobs.wait(send.jobId)).toMatchObject({ outcome: 'done' });
    const line = s.activity.recent(10).find((e) => e.message.startsWith('Switched from'));
    expect(line?.message).toBe(
      `Switched from “Sandbox” to “${form.name}”. Cancelled on “Sandbox”: Syncing campaigns. Still finishing on “Sandbox”: Sending “Pune” to Sandbox.`,
    );
  });

  it('replaces the token on edit only when a new one is given', async () => {
    const secrets = new MemorySecrets();
    s = makeServices({ secrets });
    const view = await s.accounts.create(form);
    await s.accounts.update({ ...form, id: view.id, name: 'Renamed', apiToken: undefined });
    expect(secrets.entries.get(view.id)).toBe(form.apiToken);
    await s.accounts.update({ ...form, id: view.id, apiToken: 'brand-new-token' });
    expect(secrets.entries.get(view.id)).toBe('brand-new-token');
  });

  it('removing an account deletes its keychain entry and falls back to the Sandbox', async () => {
    const secrets = new MemorySecrets();
    s = makeServices({ secrets });
    const view = await s.accounts.create(form);
    const state = await s.accounts.remove(view.id);
    expect(secrets.entries.has(view.id)).toBe(false);
    expect(state.accounts.map((a) => a.id)).toEqual([SANDBOX_ACCOUNT_ID]);
    expect(state.activeId).toBe(SANDBOX_ACCOUNT_ID);
  });

  it('stores nothing at all when the keychain refuses', async () => {
    const secrets = new MemorySecrets();
    secrets.failWith = keychainError(new Error('Cannot create an item in a locked collection'));
    s = makeServices({ secrets });
    await expect(s.accounts.create(form)).rejects.toMatchObject({ code: 'keychain-locked' });
    expect((await s.accounts.state()).accounts).toHaveLength(1);
  });

  it('the Sandbox account cannot be removed', async () => {
    s = makeServices();
    await expect(s.accounts.remove(SANDBOX_ACCOUNT_ID)).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('test connection', () => {
  // Exotel's envelope for a 200, a bare `{}` otherwise (an answer that says nothing).
  const answer = (status: number, body?: string) => async () =>
    new Response(
      body ?? (status === 200 ? JSON.stringify({ request_id: 'r', http_code: 200, metadata: { total: 0 }, response: [] }) : '{}'),
      { status },
    );

  it.each([
    [200, 'accepted', /accepted/],
    [200, 'not-exotel', /did not answer as Exotel does/, '{}'],
    [401, 'bad-credentials', /rejected the API key or token/],
    [404, 'account-not-found', /no account with this Account SID/],
    [503, 'server-error', /problem answering/],
  ])('HTTP %i tells the user "%s" in plain words', async (status, outcome, words, body?: string) => {
    s = makeServices({ fetch: answer(status, body) });
    const view = await s.accounts.create(form);
    const result = await s.accounts.test(view.id);
    expect(result.outcome).toBe(outcome);
    expect(result.message).toMatch(words);
    expect((await s.accounts.state()).accounts.find((a) => a.id === view.id)?.lastTest?.outcome).toBe(outcome);
  });

  it('sends one authenticated request to the account’s own region', async () => {
    const seen: Array<{ url: string; auth: string | null }> = [];
    s = makeServices({
      fetch: async (url, init) => {
        seen.push({ url, auth: new Headers(init.headers).get('authorization') });
        return new Response('{}', { status: 200 });
      },
    });
    const view = await s.accounts.create(form);
    await s.accounts.test(view.id);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://api.in.exotel.com/v2/accounts/acme1/campaigns?offset=0&limit=1');
    expect(seen[0]?.auth).toBe(`Basic ${Buffer.from(`${form.apiKey}:${form.apiToken}`).toString('base64')}`);
  });

  it('says the host is unreachable when the network fails', async () => {
    s = makeServices({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const view = await s.accounts.create(form);
    expect((await s.accounts.test(view.id)).outcome).toBe('unreachable');
  });

  it('never sends the saved token to a host, SID or key it was not typed for', async () => {
    const secrets = new MemorySecrets();
    const sentTo: Array<{ url: string; auth: string | null }> = [];
    s = makeServices({
      secrets,
      fetch: async (url, init) => {
        sentTo.push({ url, auth: new Headers(init.headers).get('authorization') });
        return new Response('{}', { status: 401 });
      },
    });
    const view = await s.accounts.create(form);
    const elsewhere = { ...form, id: view.id, region: 'custom' as const, customHost: 'https://listener.example' };
    delete (elsewhere as { apiToken?: string }).apiToken;
    for (const change of [
      elsewhere,
      { ...form, id: view.id, apiToken: undefined, accountSid: 'other1' },
      { ...form, id: view.id, apiToken: undefined, apiKey: 'key-999' },
    ]) {
      const refused = await s.accounts.update(change).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'validation', details: { issues: [{ path: ['apiToken'] }] } });
    }
    expect((await s.accounts.state()).accounts.find((a) => a.id === view.id)?.host).toBe('https://api.in.exotel.com');
    await s.accounts.test(view.id);
    expect(sentTo.every((r) => r.url.startsWith('https://api.in.exotel.com/'))).toBe(true);

    // With the token typed again the move is the user's own choice, and the new token is what travels.
    await s.accounts.update({ ...elsewhere, apiToken: 'token-for-listener' });
    await s.accounts.test(view.id);
    const last = sentTo.at(-1);
    expect(last?.url.startsWith('https://listener.example/')).toBe(true);
    expect(Buffer.from((last?.auth ?? '').replace('Basic ', ''), 'base64').toString()).toBe('key-123:token-for-listener');

    // A change of name or caller ID keeps the saved token.
    await expect(s.accounts.update({ ...elsewhere, name: 'Renamed' })).resolves.toMatchObject({ name: 'Renamed' });
  });
});
