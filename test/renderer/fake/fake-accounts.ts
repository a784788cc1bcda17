import type { AccountView } from '../../../src/shared/accounts/schemas';

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
  callingHours: null,
  hasToken: false,
  createdAt: '2026-11-20T04:30:00.000Z',
  lastTest: null,
};
