import { describe, expect, it } from 'vitest';
import { ExotelError } from '../../../src/main/exotel';
import { ExotelAccess } from '../../../src/main/services/exotel-access/exotel-access';
import { toAppError } from '../../../src/main/services/exotel-access/exotel-errors';
import type { AccountRecord } from '../../../src/main/store/accounts-repo';
import { type AppError } from '../../../src/shared/ipc/result';
import { MemorySecrets } from '../../support/memory-secrets';

const real: AccountRecord = {
  id: 'acme',
  kind: 'exotel',
  name: 'Acme',
  accountSid: 'acme',
  apiKey: 'k',
  region: 'mumbai',
  host: 'https://api.in.exotel.com',
  defaultCountry: 'IN',
  callerId: '',
  callerIds: [],
  accountThrottle: 60,
  timeZone: 'Asia/Kolkata',
  createdAt: '2025-03-03T04:30:00.000Z',
  updatedAt: '2025-03-03T04:30:00.000Z',
  lastTest: null,
};

function access(): { access: ExotelAccess; secrets: MemorySecrets } {
  const secrets = new MemorySecrets();
  secrets.entries.set('acme', 'token-1');
  const sandbox = {
    baseUrl: 'https://sandbox.invalid',
    credentials: { accountSid: 's', apiKey: 'k', apiToken: 't' },
    fetch: () => Promise.reject(new Error('unused')),
  };
  return { access: new ExotelAccess({ secrets, fetch: () => Promise.reject(new Error('unused')), sandbox: () => sandbox }), secrets };
}

describe('one Exotel client per account', () => {
  it('hands every caller the same client while the account stays the same', async () => {
    const { access: a } = access();
    const [first, second] = await Promise.all([a.clientFor(real), a.clientFor({ ...real })]);
    expect(second).toBe(first);
  });

  it('makes a new client when the account is edited or forgotten, so a replaced token is used', async () => {
    const { access: a } = access();
    const before = await a.clientFor(real);
    const edited = await a.clientFor({ ...real, updatedAt: '2025-03-04T00:00:00.000Z' });
    expect(edited).not.toBe(before);
    a.forget('acme');
    expect(await a.clientFor({ ...real, updatedAt: '2025-03-04T00:00:00.000Z' })).not.toBe(edited);
  });

  it('does not keep a failed build: once the token is saved the next call works', async () => {
    const { access: a, secrets } = access();
    secrets.entries.delete('acme');
    await expect(a.clientFor(real)).rejects.toThrow(/No API token is saved for “Acme”/);
    secrets.entries.set('acme', 'token-2');
    await expect(a.clientFor(real)).resolves.toBeDefined();
  });
});

describe('Exotel failures as the app’s errors', () => {
  const mapped = (kind: ExotelError['kind']) =>
    toAppError(new ExotelError({ kind, action: 'list campaigns', status: 500, field: 'limit' })) as AppError;

  it('a connection that could not be made is offline, a stop is cancelled', () => {
    expect(mapped('network').code).toBe('offline');
    expect(mapped('aborted').code).toBe('cancelled');
  });

  it('anything else keeps the kind, status and field for the window', () => {
    const error = mapped('validation');
    expect(error.code).toBe('exotel');
    expect(error.details).toEqual({ kind: 'validation', status: 500, field: 'limit' });
    expect(error.message).toMatch(/did not accept the request to list campaigns/);
  });

  it('leaves other errors alone', () => {
    const plain = new Error('boom');
    expect(toAppError(plain)).toBe(plain);
  });
});
