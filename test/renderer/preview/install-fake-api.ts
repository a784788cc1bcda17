import { SANDBOX } from '../fake/fake-accounts';
import { createFakeApi } from '../fake/fake-api';
import { generatedList } from '../fake/fake-contacts';
import { SAMPLE_SHEET } from '../fake/fake-sheets';

/**
 * Scenarios for looking at the UI, picked by query string:
 * ?empty (first run), ?locked (keychain unavailable), ?offline, ?fast (jobs finish quickly).
 */
const params = new URLSearchParams(location.search);
const empty = params.has('empty');
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const acme = {
  ...SANDBOX,
  id: 'acme',
  kind: 'exotel' as const,
  name: 'Acme Collections',
  accountSid: 'acmecollections1',
  apiKey: '4f1c2b8e9d0a7c6b5e4d3c2b1a0f9e8d',
  region: 'mumbai' as const,
  host: 'https://api.in.exotel.com',
  hasToken: true,
  createdAt: hoursAgo(72),
  lastTest: { outcome: 'accepted' as const, message: 'Exotel accepted the key and token for acmecollections1.', at: hoursAgo(2) },
};

const big = generatedList('list-big', 'November dues – Mumbai', 100_000, { createdAt: hoursAgo(26), accountId: 'sandbox' });
big.view.exotel = [
  { sid: 'exo-list-big', type: 'dynamic', sentAt: hoursAgo(25), accepted: 96_990, duplicates: 0, failed: 4, accountId: 'sandbox' },
];
const small = generatedList('list-small', 'Renewals week 48', 1_240, { createdAt: hoursAgo(3) });

const fake = createFakeApi({
  accounts: empty ? [SANDBOX] : [SANDBOX, acme],
  activeId: 'sandbox',
  lists: empty ? [] : [big, small],
  sheets: {
    '/home/staff/Downloads/november-dues.csv': SAMPLE_SHEET,
    '/home/staff/Downloads/big-sheet.csv': { ...SAMPLE_SHEET, generatedRows: 250_000 },
  },
  chooseFilePath: '/home/staff/Downloads/november-dues.csv',
  keychain: params.has('locked')
    ? { available: false, message: 'The login keyring is locked (Cannot create an item in a locked collection).' }
    : undefined,
  online: !params.has('offline'),
  lastSyncAt: hoursAgo(0.3),
  activity: empty
    ? []
    : [
        {
          id: 3,
          at: hoursAgo(3),
          accountId: 'sandbox',
          kind: 'import',
          level: 'info',
          message: 'Imported renewals-w48.csv: 1,205 valid, 13 invalid, 22 duplicate.',
        },
        {
          id: 2,
          at: hoursAgo(25),
          accountId: 'sandbox',
          kind: 'upload',
          level: 'warning',
          message: 'Sent “November dues – Mumbai” to Sandbox: 96,990 accepted, 4 failed (DND).',
        },
        {
          id: 1,
          at: hoursAgo(26),
          accountId: 'acme',
          kind: 'connection',
          level: 'error',
          message: 'Acme Collections: Exotel rejected the API token for this account.',
        },
      ],
  stepMs: params.has('fast') ? 30 : 450,
  jobSteps: 8,
});

window.api = fake.api;
(window as unknown as { deskFake: typeof fake }).deskFake = fake;
