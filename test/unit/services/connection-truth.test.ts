import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExotelClient, realClock } from '../../../src/main/exotel';
import { probeConnection } from '../../../src/main/services/accounts/connection-test';
import {
  envelope,
  garbage,
  redirect,
  signInPage,
  silence,
  startMisbehavingHost,
  type MisbehavingHost,
} from '../../support/misbehaving-host';

let host: MisbehavingHost;
let elsewhere: MisbehavingHost;
beforeEach(async () => {
  host = await startMisbehavingHost();
  elsewhere = await startMisbehavingHost();
});
afterEach(async () => {
  await host.close();
  await elsewhere.close();
});

const probe = (timeoutMs?: number) =>
  probeConnection(
    createExotelClient({
      credentials: { baseUrl: host.url, accountSid: 'acct', apiKey: 'key', apiToken: 'token' },
      fetch: (u, i) => fetch(u, i),
      clock: realClock,
      requestsPerMinute: 600,
    }),
    timeoutMs,
  );

describe('Test connection says “accepted” only when Exotel said so', () => {
  it('accepts Exotel’s envelope', async () => {
    host.answer(envelope(200, []));
    expect(await probe()).toMatchObject({ outcome: 'accepted', message: 'Exotel accepted the API key and token for this account.' });
  });

  it('a hotel Wi-Fi sign-in page answering 200 is not Exotel', async () => {
    host.answer(signInPage);
    const result = await probe();
    expect(result.outcome).toBe('not-exotel');
    expect(result.message).toBe(
      'This address did not answer as Exotel does (it looks like a sign-in page of the network you are on). Sign in to the network in a browser, then test again.',
    );
  });

  it('a redirect to another host is not followed and is named', async () => {
    host.answer(redirect(302, `${elsewhere.url}/portal?next=api`));
    const result = await probe();
    expect(result.outcome).toBe('not-exotel');
    expect(result.message).toContain(`it sent the request on to ${elsewhere.host}`);
    expect(elsewhere.seen).toEqual([]);
  });

  it('an unreadable 2xx that is not a web page says it could not be read', async () => {
    host.answer(garbage);
    expect(await probe()).toMatchObject({
      outcome: 'not-exotel',
      message: 'This address did not answer as Exotel does: its answer could not be read. Check the region or host of the account.',
    });
    expect(host.seen).toHaveLength(1);
  });

  it('a host that never answers is reported slow within the test’s bound', async () => {
    host.answer(silence);
    const began = Date.now();
    const result = await probe(400);
    expect(Date.now() - began).toBeLessThan(1000);
    expect(result.outcome).toBe('timeout');
    expect(result.message).toMatch(/^Exotel is slow: it did not answer within 1 second/);
  });
});
