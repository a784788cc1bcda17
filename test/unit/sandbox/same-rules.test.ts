import { beforeAll, describe, expect, it } from 'vitest';
import { CampaignCreateInput, checkCampaignCreate } from '../../../src/shared/exotel';
import { Sandbox } from '../../../src/main/sandbox';
import { campaignToWire } from '../../../src/main/exotel/to-wire';
import { START } from '../exotel/helpers';
import { rawCaller, type RawCall } from './raw';

/**
 * The app checks a create with the shared rules (src/shared/exotel) before it is sent; the Sandbox checks the
 * body it receives as Exotel does. Where both have a rule, they must agree: the same body is accepted by both,
 * or refused by both for the same field. (Phone numbers are checked by the import's rules before either.)
 */

let sandbox: Sandbox;
let call: RawCall;
let lists: string[];

beforeAll(async () => {
  sandbox = new Sandbox({ seed: 5, speed: 0, start: START });
  call = rawCaller(sandbox);
  lists = [];
  for (const [name, type, csv] of [
    ['one', 'static', 'number\n9812345678\n'],
    ['two', 'static', 'number\n9812345679\n'],
    ['orders', 'dynamic', 'number,Name\n9812345678,Asha\n'],
  ] as const) {
    const form = new FormData();
    form.set('list_name', name);
    form.set('type', type);
    form.set('file_name', new Blob([csv]), `${name}.csv`);
    lists.push(String(((await call('POST', '/contacts/csv-upload', form)).item.summary as { list_sid: string }).list_sid));
  }
  sandbox.clock.advance(10_000);
});

/** The app's field names as Exotel's wire names, for comparing which field each side refused. */
const WIRE: Record<string, string> = {
  callerId: 'caller_id',
  readViaText: 'read_via_text',
  repeatMenuAttempts: 'repeat_menu_attempts',
  'retries.numberOfRetries': 'retries.number_of_retries',
  'retries.intervalMins': 'retries.interval_mins',
  'schedule.sendAt': 'schedule.send_at',
  'schedule.endAt': 'schedule.end_at',
};

function sharedVerdict(input: unknown): string | null {
  const parsed = CampaignCreateInput.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return WIRE[field] ?? field;
  }
  const issue = checkCampaignCreate(parsed.data, 60)[0];
  return issue ? (WIRE[issue.field] ?? issue.field) : null;
}

async function sandboxVerdict(input: CampaignCreateInput): Promise<string | null> {
  const answer = await call('POST', '/campaigns', { campaigns: [campaignToWire(input)] });
  if (answer.status === 200) return null;
  expect([400, 409]).toContain(answer.status);
  return answer.description.split(':')[0] ?? '';
}

const base = (): CampaignCreateInput => ({ name: 'Same rules', callerId: '08047112233', from: ['+919812345678'], readViaText: 'Hello' });
const many = (n: number) => Array.from({ length: n }, (_, i) => `+91981${String(2_000_000 + i).padStart(7, '0')}`);

const CASES: [string, () => CampaignCreateInput][] = [
  ['a plain greeting', base],
  ['an IVR with menu repeats', () => ({ ...base(), flowType: 'ivr', repeatMenuAttempts: 2 })],
  ['a flow instead of a message', () => ({ ...base(), readViaText: undefined, url: 'http://my.exotel.com/exoml/start_voice/42' })],
  ['two static lists', () => ({ ...base(), from: undefined, lists: [lists[0] as string, lists[1] as string] })],
  [
    'one dynamic list',
    () => ({ ...base(), from: undefined, lists: [lists[2] as string], campaignType: 'dynamic', readViaText: 'Hi @@Name' }),
  ],
  [
    'retries with their interval',
    () => ({ ...base(), retries: { numberOfRetries: 3, intervalMins: 10, mechanism: 'Exponential', onStatus: ['busy'] } }),
  ],
  ['a custom rate below the account’s', () => ({ ...base(), mode: 'custom', throttle: 59 })],
  [
    'a schedule with its offsets',
    () => ({ ...base(), schedule: { sendAt: '2025-03-04T10:00:00+05:30', endAt: '2025-03-04T18:00:00+05:30' } }),
  ],
  ['5000 numbers', () => ({ ...base(), from: many(5000) })],
  ['a name of 3 characters', () => ({ ...base(), name: 'abc' })],
  ['no caller ID', () => ({ ...base(), callerId: '' })],
  ['numbers and lists both', () => ({ ...base(), lists: [lists[0] as string] })],
  ['neither numbers nor lists', () => ({ ...base(), from: undefined })],
  ['6 lists', () => ({ ...base(), from: undefined, lists: [...lists, ...lists] })],
  [
    'a dynamic campaign with two lists',
    () => ({ ...base(), from: undefined, lists: [lists[2] as string, lists[2] as string], campaignType: 'dynamic' }),
  ],
  ['a dynamic campaign with numbers', () => ({ ...base(), campaignType: 'dynamic' })],
  ['5001 numbers', () => ({ ...base(), from: many(5001) })],
  ['4 retries', () => ({ ...base(), retries: { numberOfRetries: 4, intervalMins: 10 } })],
  ['retries without an interval', () => ({ ...base(), retries: { numberOfRetries: 2 } })],
  ['an interval of 0 minutes', () => ({ ...base(), retries: { numberOfRetries: 1, intervalMins: 0 } })],
  ['a rate of the account’s own 60', () => ({ ...base(), mode: 'custom', throttle: 60 })],
  ['a rate of 0', () => ({ ...base(), mode: 'custom', throttle: 0 })],
  ['a custom rate without a number', () => ({ ...base(), mode: 'custom' })],
  ['an end before the start', () => ({ ...base(), schedule: { sendAt: '2025-03-04T10:00:00+05:30', endAt: '2025-03-04T09:00:00+05:30' } })],
  ['a start without its offset', () => ({ ...base(), schedule: { sendAt: '2025-03-04T10:00:00' } })],
  ['neither a message nor a flow', () => ({ ...base(), readViaText: undefined })],
  ['a greeting without its message', () => ({ ...base(), readViaText: undefined, flowType: 'greeting' })],
  ['menu repeats on a greeting', () => ({ ...base(), flowType: 'greeting', repeatMenuAttempts: 2 })],
];

describe('the Sandbox and the shared rules agree on every create both check', () => {
  it.each(CASES)('%s', async (_, make) => {
    const input = make();
    const shared = sharedVerdict(input);
    const simulated = await sandboxVerdict(input);
    expect({ shared, simulated }).toEqual({ shared: simulated, simulated: shared });
  });

  it('the table holds both outcomes', async () => {
    const verdicts = CASES.map(([, make]) => sharedVerdict(make()));
    expect(verdicts.filter((v) => v === null).length).toBeGreaterThanOrEqual(9);
    expect(verdicts.filter((v) => v !== null).length).toBeGreaterThanOrEqual(15);
  });
});
