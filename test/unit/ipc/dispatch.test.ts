import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../../src/shared/ipc/contract';
import { createDispatch, type Dispatch } from '../../../src/main/ipc/handle';
import { createHandlers } from '../../../src/main/ipc/registry';
import { makeServices, type TestServices } from '../../support/services';

const APP = { url: 'app://desk' };
let services: TestServices;
let dispatch: Dispatch;

function setup(): void {
  services = makeServices();
  dispatch = createDispatch(createHandlers(services), { isTrustedSender: (s) => s.url === APP.url, log: () => undefined });
}

afterEach(() => services?.close());

describe('the IPC wrapper', () => {
  it('answers every channel of the contract with a typed validation error for a malformed payload', async () => {
    setup();
    for (const channel of channelNames) {
      const result = await dispatch(channel, { definitely: 'not valid', n: Number.NaN }, APP);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it('refuses requests from anything but the app’s own page, before reading them', async () => {
    setup();
    const result = await dispatch('accounts:list', undefined, { url: 'https://evil.example' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dispatch('accounts:list', undefined, { url: null })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses channels the contract does not declare', async () => {
    setup();
    expect(await dispatch('shell:exec', { cmd: 'rm -rf /' }, APP)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('carries a service’s typed error across as data with its code and field', async () => {
    setup();
    const result = await dispatch('accounts:setActive', { id: 'nope' }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const bad = await dispatch(
      'accounts:create',
      { name: 'Ops', accountSid: 'acme', apiKey: 'k', apiToken: 't', region: 'custom', customHost: 'http://example.com' },
      APP,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ path: ['customHost'] }] } } });
  });

  it('hides unexpected failures behind a plain message', async () => {
    services = makeServices();
    const handlers = createHandlers(services);
    handlers['activity:list'] = () => {
      throw new Error('SQLITE_CORRUPT at /home/user/secret/path');
    };
    const d = createDispatch(handlers, { isTrustedSender: () => true, log: () => undefined });
    const result = await d('activity:list', { limit: 5 }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret/path');
  });
});
