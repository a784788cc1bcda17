import type { z } from 'zod';
import {
  checkCustomHost,
  REGION_HOSTS,
  type AccountCreateInput,
  type AccountUpdateInput,
  type AccountView,
  type ConnectionTestResult,
} from '../../../src/shared/accounts/schemas';

type Create = z.output<typeof AccountCreateInput>;
type Update = z.output<typeof AccountUpdateInput>;

export const SANDBOX: AccountView = {
  id: 'sandbox',
  kind: 'sandbox',
  name: 'Sandbox',
  accountSid: 'sandbox',
  apiKey: 'sandbox-key',
  region: 'custom',
  host: 'http://127.0.0.1/sandbox',
  defaultCountry: 'IN',
  callerId: '08047112233',
  callerIds: ['08047112233', '08047112244'],
  accountThrottle: 60,
  timeZone: '',
  hasToken: false,
  createdAt: '2026-11-20T04:30:00.000Z',
  lastTest: null,
};

let nextAccount = 1;

function hostOf(region: Create['region'], customHost: string | undefined): string {
  if (region === 'custom') {
    const check = checkCustomHost(customHost ?? '');
    return check.ok ? check.origin : customHost ?? '';
  }
  return `https://${REGION_HOSTS[region]}`;
}

function composeSettings(input: Create | Update): Pick<AccountView, 'callerId' | 'callerIds' | 'accountThrottle' | 'timeZone'> {
  const callerIds = input.callerIds ?? (input.callerId ? [input.callerId] : []);
  return { callerId: callerIds[0] ?? '', callerIds, accountThrottle: input.accountThrottle, timeZone: input.timeZone };
}

export function accountFrom(input: Create, now: string): AccountView {
  return {
    id: `acct-${nextAccount++}`,
    kind: 'exotel',
    name: input.name,
    accountSid: input.accountSid,
    apiKey: input.apiKey,
    region: input.region,
    host: hostOf(input.region, input.customHost),
    defaultCountry: input.defaultCountry,
    ...composeSettings(input),
    hasToken: true,
    createdAt: now,
    lastTest: null,
  };
}

export function updatedAccount(account: AccountView, input: Update): AccountView {
  return {
    ...account,
    name: input.name,
    accountSid: input.accountSid,
    apiKey: input.apiKey,
    region: input.region,
    host: hostOf(input.region, input.customHost),
    defaultCountry: input.defaultCountry,
    ...composeSettings(input),
    hasToken: account.hasToken || Boolean(input.apiToken),
  };
}

/** Answers like the real check, keyed off the test data: "bad" in the key, "slow" or "down" in the host. */
export function testConnection(account: AccountView, now: string): ConnectionTestResult {
  if (account.kind === 'sandbox') return { outcome: 'accepted', message: 'The Sandbox answered: the simulator is ready.', at: now };
  if (account.apiKey.includes('bad')) return { outcome: 'bad-credentials', message: 'Exotel rejected the API key or token for this account. Check both on the API settings page.', at: now };
  if (account.host.includes('down')) return { outcome: 'unreachable', message: `Could not reach ${account.host}. Check the host name and your connection.`, at: now };
  if (account.host.includes('slow')) return { outcome: 'timeout', message: `${account.host} did not answer within 10 seconds.`, at: now };
  if (!account.accountSid.startsWith('acme') && account.accountSid.includes('missing')) return { outcome: 'account-not-found', message: `Exotel has no account with SID ${account.accountSid}.`, at: now };
  return { outcome: 'accepted', message: `Exotel accepted the key and token for ${account.accountSid}.`, at: now };
}
