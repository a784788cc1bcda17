import { beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { numbers, START } from '../exotel/helpers';
import { rawCaller, type RawCall } from './raw';

const MINUTE = 60_000;
let sandbox: Sandbox;
let call: RawCall;
let staticList: string;
let dynamicList: string;

const good = (): Record<string, unknown> => ({ name: 'Rule check', caller_id: '08047112233', from: numbers(3), read_via_text: 'Hello' });

async function makeList(name: string, type: 'static' | 'dynamic', csv: string): Promise<string> {
  const form = new FormData();
  form.set('list_name', name);
  form.set('type', type);
  form.set('file_name', new Blob([csv]), `${name}.csv`);
  const answer = await call('POST', '/contacts/csv-upload', form);
  return String((answer.item.summary as { list_sid: string }).list_sid);
}

beforeEach(async () => {
  sandbox = new Sandbox({ seed: 11, speed: 0, start: START });
  call = rawCaller(sandbox);
  staticList = await makeList('plain', 'static', 'number\n9812345678\n');
  dynamicList = await makeList('orders', 'dynamic', 'number,Name,Last name,Order ID\n9812345678,A,B,C\n');
  sandbox.clock.advance(10_000);
});

async function create(fields: Record<string, unknown>, drop: string[] = []) {
  const body = { ...good(), ...fields };
  for (const key of drop) delete body[key];
  return call('POST', '/campaigns', { campaigns: [body] });
}

describe('campaign create rules: each broken, each answered as Exotel does', () => {
  const cases: [string, () => Promise<Awaited<ReturnType<typeof create>>>, number, string][] = [
    ['a name of 3 characters', () => create({ name: 'abc' }), 1002, 'name:'],
    ['a type other than trans', () => create({ type: 'promo' }), 1002, 'type:'],
    ['no caller_id', () => create({}, ['caller_id']), 1001, 'caller_id:'],
    ['neither from nor lists', () => create({}, ['from']), 1001, 'from:'],
    ['both from and lists', () => create({ lists: [staticList] }), 1002, 'from:'],
    ['5001 numbers in from', () => create({ from: numbers(5001) }), 1002, 'from:'],
    ['one invalid number among valid ones', () => create({ from: [...numbers(2), '98123'] }), 1002, 'from[2]:'],
    ['6 lists on a static campaign', () => create({ lists: new Array<string>(6).fill(staticList) }, ['from']), 1002, 'lists:'],
    [
      '2 lists on a dynamic campaign',
      () => create({ campaign_type: 'dynamic', lists: [dynamicList, dynamicList] }, ['from']),
      1002,
      'lists:',
    ],
    ['a list that does not exist', () => create({ lists: ['f'.repeat(32)] }, ['from']), 1002, 'lists[0]:'],
    ['a dynamic campaign on a static list', () => create({ campaign_type: 'dynamic', lists: [staticList] }, ['from']), 1002, 'lists[0]:'],
    ['a dynamic campaign given numbers', () => create({ campaign_type: 'dynamic' }), 1002, 'from:'],
    [
      '@@Header missing from the dynamic list',
      () => create({ campaign_type: 'dynamic', lists: [dynamicList], read_via_text: 'Hi @@FirstName' }, ['from']),
      1002,
      'read_via_text:',
    ],
    ['neither a flow url nor read_via_text', () => create({}, ['read_via_text']), 1001, 'url:'],
    ['4 retries', () => create({ retries: { number_of_retries: 4, interval_mins: 1 } }), 1002, 'retries.number_of_retries:'],
    ['retries without an interval', () => create({ retries: { number_of_retries: 1 } }), 1001, 'retries.interval_mins:'],
    [
      'mechanism in the wrong case',
      () => create({ retries: { number_of_retries: 1, interval_mins: 1, mechanism: 'linear' } }),
      1002,
      'retries.mechanism:',
    ],
    [
      'retrying on "answered"',
      () => create({ retries: { number_of_retries: 1, interval_mins: 1, on_status: ['answered'] } }),
      1002,
      'retries.on_status:',
    ],
    ['throttle equal to the account throttle', () => create({ mode: 'custom', throttle: 60 }), 1002, 'throttle:'],
    ['custom mode without a throttle', () => create({ mode: 'custom' }), 1001, 'throttle:'],
    [
      'end_at before send_at',
      () => create({ schedule: { send_at: '2025-03-04T10:00:00+05:30', end_at: '2025-03-04T09:00:00+05:30' } }),
      1002,
      'schedule.end_at:',
    ],
    ['a time without its offset', () => create({ schedule: { send_at: '2025-03-04T10:00:00' } }), 1002, 'schedule.send_at:'],
    ['an ivr with neither read_via_text nor a url', () => create({ flow_type: 'ivr' }, ['read_via_text']), 1001, 'read_via_text:'],
    ['repeat_menu_attempts on a greeting', () => create({ flow_type: 'greeting', repeat_menu_attempts: 1 }), 1002, 'repeat_menu_attempts:'],
    ['a negative repeat_menu_attempts', () => create({ flow_type: 'ivr', repeat_menu_attempts: -1 }), 1002, 'repeat_menu_attempts:'],
    ['two campaigns in one request', () => call('POST', '/campaigns', { campaigns: [good(), good()] }), 1002, 'campaigns:'],
  ];

  it.each(cases)('%s', async (_, send, code, field) => {
    const answer = await send();
    expect(answer.status).toBe(400);
    expect(answer.errorCode).toBe(code);
    expect(answer.description.startsWith(field)).toBe(true);
    expect(answer.item).toMatchObject({ status: 'failure', code: 400, data: null });
    expect(sandbox.requests.at(-1)?.outcome).toBe(400);
  });

  it('accepts each limit at its edge', async () => {
    const edges = [
      await create({ name: 'abcd' }),
      await create({ from: numbers(5000) }),
      await create({ lists: new Array<string>(5).fill(staticList) }, ['from']),
      await create({
        retries: { number_of_retries: 3, interval_mins: 1, mechanism: 'Exponential', on_status: ['busy', 'no-answer', 'failed'] },
      }),
      await create({ mode: 'custom', throttle: 59 }),
      await create({ campaign_type: 'dynamic', lists: [dynamicList], read_via_text: 'Hi @@Name @@Last name, order @@Order ID' }, ['from']),
      await create({ from: '9812345678, +919812345679' }),
    ];
    expect(edges.map((a) => [a.status, a.item.status])).toEqual(new Array(7).fill([200, 'success']));
  });

  it('flow type: a message alone is a greeting, an ivr repeats its menu 0 times unless told, with no invented maximum', async () => {
    const greeting = await create({});
    expect(greeting.item.data).toMatchObject({ flow_type: 'greeting', read_via_text: 'Hello' });
    expect(greeting.item.data).not.toHaveProperty('repeat_menu_attempts');
    const ivr = await create({ flow_type: 'ivr' });
    expect(ivr.item.data).toMatchObject({ flow_type: 'ivr', repeat_menu_attempts: 0 });
    const many = await create({ flow_type: 'ivr', repeat_menu_attempts: 25 });
    expect(many.item.data).toMatchObject({ flow_type: 'ivr', repeat_menu_attempts: 25 });
    const flow = await create({ url: 'http://my.exotel.com/sandbox/exoml/start_voice/42' }, ['read_via_text']);
    expect(flow.item.data).not.toHaveProperty('flow_type');
  });

  it('defaults: a name from the account and time, type trans, start a minute later, end 30 days on', async () => {
    const answer = await create({}, ['name']);
    expect(answer.item.data).toMatchObject({
      name: 'sandbox 2025-03-03 10:00:10',
      type: 'trans',
      campaign_type: 'static',
      mode: 'auto',
      call_duplicate_numbers: false,
      schedule: { send_at: '2025-03-03T10:01:10+05:30', end_at: '2025-04-02T10:01:10+05:30' },
      status: 'Created',
    });
  });
});

describe('request rules', () => {
  it('Basic auth: a wrong token is 401 with code 1010, answered as a single object', async () => {
    const answer = await call('GET', '/campaigns', undefined, { authorization: 'Basic ' + Buffer.from('x:y').toString('base64') });
    expect([answer.status, answer.errorCode, answer.single]).toEqual([401, 1010, true]);
  });

  it('credentials for another account: 403 with code 1003', async () => {
    const answer = await call('GET', '/campaigns', undefined, {}, 'other');
    expect([answer.status, answer.errorCode]).toEqual([403, 1003]);
  });

  it('a body that is not JSON: 415 with code 1011, or 400 with 1007 when it does not parse or lacks its wrapper', async () => {
    expect((await call('POST', '/campaigns', 'name=x', { 'content-type': 'text/plain' })).errorCode).toBe(1011);
    const broken = await call('POST', '/campaigns', '{"campaigns": [', { 'content-type': 'application/json' });
    expect([broken.status, broken.errorCode]).toEqual([400, 1007]);
    const unwrapped = await call('POST', '/campaigns', good());
    expect([unwrapped.status, unwrapped.errorCode]).toEqual([400, 1007]);
  });

  it('unknown paths and ids: 404 with code 1000', async () => {
    expect((await call('GET', '/nothing-here')).errorCode).toBe(1000);
    const missing = await call('GET', `/campaigns/${'0'.repeat(36)}`);
    expect([missing.status, missing.errorCode]).toEqual([404, 1000]);
  });

  it('paging and filters: limit above 500, an unknown sort or status is refused', async () => {
    for (const query of ['limit=501', 'offset=-1', 'sort_by=size:asc', 'status=running']) {
      const answer = await call('GET', `/campaigns?${query}`);
      expect([query, answer.status, answer.errorCode]).toEqual([query, 400, 1002]);
    }
    expect((await call('GET', '/campaigns?limit=500&status=Created,%20in-progress&sort_by=Date_created:desc')).status).toBe(200);
  });

  it('call details answer at the plural and the singular path', async () => {
    const made = await create({});
    const id = String((made.item.data as { id: string }).id);
    expect((await call('GET', `/campaigns/${id}/call-details`)).status).toBe(200);
    expect((await call('GET', `/campaign/${id}/call-details`)).status).toBe(200);
    expect((await call('GET', `/campaigns/${id}/call-details?status=answered`)).errorCode).toBe(1002);
  });
});

describe('state rules', () => {
  async function started(): Promise<string> {
    const made = await create({ from: numbers(500) });
    sandbox.clock.advance(2 * MINUTE);
    return String((made.item.data as { id: string }).id);
  }
  const act = (id: string, action: string) => call('PUT', `/campaigns/${id}`, { campaigns: [{ action }] });

  it('after send_at only the action and callbacks change; unchanged fields may be resent', async () => {
    const id = await started();
    const renamed = await call('PUT', `/campaigns/${id}`, { campaigns: [{ name: 'Renamed late' }] });
    expect([renamed.status, renamed.errorCode, renamed.description.split(':')[0]]).toEqual([400, 1002, 'name']);
    const hooks = await call('PUT', `/campaigns/${id}`, {
      campaigns: [{ status_callback: 'https://example.com/s', call_status_callback: 'https://example.com/c' }],
    });
    expect(hooks.status).toBe(200);
    const withAction = await call('PUT', `/campaigns/${id}`, { campaigns: [{ caller_id: '08047112233', action: 'pause' }] });
    expect((withAction.item.data as { status: string }).status).toBe('paused');
  });

  it('delete only before the start: 409 after it', async () => {
    const id = await started();
    const answer = await call('DELETE', `/campaigns/${id}`);
    expect([answer.status, answer.errorCode]).toEqual([409, 1002]);
  });

  it('actions only from their allowed states', async () => {
    const id = await started();
    const refused = async (action: string) => [action, (await act(id, action)).status];
    expect(await refused('resume')).toEqual(['resume', 409]);
    expect(await refused('complete')).toEqual(['complete', 409]);
    expect(await refused('archive')).toEqual(['archive', 409]);
    expect((await act(id, 'pause')).status).toBe(200);
    expect(await refused('pause')).toEqual(['pause', 409]);
    expect(await refused('archive')).toEqual(['archive', 409]);
    expect((await act(id, 'complete')).status).toBe(200);
    expect(await refused('pause')).toEqual(['pause', 409]);
    expect(await refused('resume')).toEqual(['resume', 409]);
    expect((await act(id, 'archive')).status).toBe(200);
    const unknown = await act(id, 'stop');
    expect([unknown.status, unknown.errorCode]).toEqual([400, 1002]);
  });
});
