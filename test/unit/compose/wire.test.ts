import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, DraftFields } from '../../../src/shared/compose/draft';
import { rawCaller } from '../sandbox/raw';
import { importSheet } from '../../support/import-sheet';
import { fieldsOf, makeServices, writeSheet, type TestServices } from './harness';

/**
 * One test per create parameter: set in the draft as the composer sets it, launched through the outbox to the
 * Sandbox, and read back from the Sandbox's own answer for the campaign, in the reference's wire format.
 */

let s: TestServices;
afterEach(() => s?.close());

const NUMBERS = '9876500001\n9876500002';

type Change = Partial<DraftFields> | (() => Promise<Partial<DraftFields>>);

async function launched(given: Change = {}): Promise<Record<string, unknown>> {
  s = makeServices();
  const change = typeof given === 'function' ? await given() : given;
  const compose = s.compose;
  const draft: Draft = s.drafts.create({ kind: 'blank' });
  const fields: DraftFields = {
    ...fieldsOf(draft),
    name: 'Wire check',
    audience: { kind: 'numbers', text: NUMBERS },
    content: { kind: 'text', text: 'Your order has shipped.', flowType: 'greeting', repeatMenuAttempts: 0 },
    ...change,
  };
  s.drafts.save(draft.id, fields);
  const audience = await compose.audience(draft.id);
  const queued = await compose.launch(draft.id, fields.name, audience.count);
  const campaignId = await sent(queued.id);
  const raw = await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${campaignId}`);
  expect(raw.status).toBe(200);
  return raw.item.data as Record<string, unknown>;
}

/** Waits for the outbox to send the item; answers the campaign Exotel made. */
async function sent(itemId: string): Promise<string> {
  await s.outbox.idle();
  const item = s.outbox.get(itemId);
  if (item?.state !== 'done' || !item.campaignId) throw new Error(`the launch ended ${item?.state}: ${item?.message}`);
  return item.campaignId;
}

/** A list on the Sandbox made the way Exotel's own CSV upload makes one. */
async function exotelList(name: string, type: 'static' | 'dynamic'): Promise<string> {
  const client = await s.access.clientFor(s.accounts.activeAccount()!);
  const header = type === 'dynamic' ? 'number,Name' : 'number';
  const content = `${header}\n9876500001${type === 'dynamic' ? ',Asha' : ''}\n9876500002${type === 'dynamic' ? ',Ravi' : ''}\n`;
  const upload = await client.uploads.csv({ listName: name, fileName: `${name}.csv`, content, type });
  s.sandbox.sandbox.clock.advance(60_000);
  const sid = (await client.uploads.status(upload.uploadId)).listSid ?? upload.listSid;
  if (!sid) throw new Error('the upload made no list');
  return sid;
}

describe('every create parameter reaches Exotel as the reference spells it', () => {
  it('from: the numbers, as an array in E.164', async () => {
    expect((await launched()).from).toEqual(['+919876500001', '+919876500002']);
  });

  it('lists: up to five static Exotel lists, with campaign_type static', async () => {
    let sids: string[] = [];
    const data = await launched(async () => {
      sids = [await exotelList('North', 'static'), await exotelList('South', 'static')];
      return { audience: { kind: 'exotel-lists', type: 'static', sids } };
    });
    expect(data).toMatchObject({ lists: sids, campaign_type: 'static' });
    expect(data.from ?? []).toEqual([]);
  });

  it('lists and campaign_type dynamic: one dynamic list, with @@ variables in read_via_text', async () => {
    let sid = '';
    const data = await launched(async () => {
      sid = await exotelList('Dues dynamic', 'dynamic');
      return {
        audience: { kind: 'exotel-lists', type: 'dynamic', sids: [sid] },
        content: { kind: 'text', text: 'Hello @@Name', flowType: 'greeting', repeatMenuAttempts: 0 },
      };
    });
    expect(data).toMatchObject({ lists: [sid], campaign_type: 'dynamic', read_via_text: 'Hello @@Name' });
  });

  it('name: the campaign’s name, also in custom_field when that was left empty', async () => {
    const data = await launched({ name: 'Dues December reminder' });
    expect(data.name).toBe('Dues December reminder');
    expect(data.custom_field).toBe('Dues December reminder');
    expect(data.type).toBe('trans');
  });

  it('custom_field: as given', async () => {
    expect((await launched({ customField: '{"batch":"dec"}' })).custom_field).toBe('{"batch":"dec"}');
  });

  it('caller_id: the ExoPhone chosen', async () => {
    expect((await launched({ callerId: '08047112244' })).caller_id).toBe('08047112244');
  });

  it('read_via_text and flow_type greeting', async () => {
    const data = await launched({
      content: { kind: 'text', text: 'Hello, your dues are pending.', flowType: 'greeting', repeatMenuAttempts: 0 },
    });
    expect(data).toMatchObject({ read_via_text: 'Hello, your dues are pending.', flow_type: 'greeting' });
  });

  it('flow_type ivr with repeat_menu_attempts', async () => {
    const data = await launched({ content: { kind: 'text', text: 'Press 1 to pay now.', flowType: 'ivr', repeatMenuAttempts: 2 } });
    expect(data).toMatchObject({ flow_type: 'ivr', repeat_menu_attempts: 2, read_via_text: 'Press 1 to pay now.' });
  });

  it('url: the Exotel flow', async () => {
    const url = 'http://my.exotel.com/Sandbox/exoml/start_voice/528696';
    const data = await launched({ content: { kind: 'flow', url } });
    expect(data.url).toBe(url);
  });

  it('retries: number_of_retries, interval_mins, mechanism and on_status', async () => {
    const data = await launched({
      retries: { count: 2, intervalMins: 10, mechanism: 'Exponential', onStatus: ['busy', 'no-answer', 'failed'] },
    });
    expect(data.retries).toEqual({
      number_of_retries: 2,
      interval_mins: 10,
      mechanism: 'Exponential',
      on_status: ['busy', 'no-answer', 'failed'],
    });
  });

  it('schedule: send_at and end_at in RFC 3339 with the chosen zone’s offset', async () => {
    const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString().slice(0, 10);
    const data = await launched({
      schedule: { kind: 'later', sendAt: `${tomorrow}T10:00`, endAt: `${tomorrow}T18:30`, timeZone: 'Asia/Kolkata' },
    });
    expect(data.schedule).toEqual({ send_at: `${tomorrow}T10:00:00+05:30`, end_at: `${tomorrow}T18:30:00+05:30` });
  });

  it('mode custom with throttle', async () => {
    expect(await launched({ mode: 'custom', throttle: 25 })).toMatchObject({ mode: 'custom', throttle: 25 });
  });

  it('mode auto', async () => {
    expect((await launched({ mode: 'auto' })).mode).toBe('auto');
  });

  it('call_duplicate_numbers', async () => {
    const data = await launched({ callDuplicateNumbers: true, audience: { kind: 'numbers', text: `${NUMBERS}\n9876500001` } });
    expect(data.call_duplicate_numbers).toBe(true);
    expect(data.from).toEqual(['+919876500001', '+919876500002', '+919876500001']);
  });

  it('status_callback, call_status_callback and call_schedule_callback', async () => {
    const data = await launched({
      statusCallback: 'https://hooks.example.com/status',
      callStatusCallback: 'https://hooks.example.com/call',
      callScheduleCallback: 'https://hooks.example.com/schedule',
    });
    expect(data).toMatchObject({
      status_callback: 'https://hooks.example.com/status',
      call_status_callback: 'https://hooks.example.com/call',
      call_schedule_callback: 'https://hooks.example.com/schedule',
    });
  });
});

describe('launches through the outbox, by route', () => {
  async function listDraft(lines: string[], change: Partial<DraftFields>): Promise<{ draft: Draft; listId: string }> {
    s = makeServices();
    const { listId } = await importSheet(s, writeSheet('route.csv', lines), 'Route list');
    const draft = s.drafts.create({ kind: 'list', listId });
    s.drafts.save(draft.id, { ...fieldsOf(draft), ...change });
    return { draft, listId };
  }

  it('a saved list with variables in the message goes as a dynamic list, less the rows left out, and the campaign calls it', async () => {
    const { draft, listId } = await listDraft(['Name,Phone,City', 'Asha,9876500001,Pune', 'Ravi,9876500002,', 'Meera,9876500003,Agra'], {
      name: 'Dues by city',
      content: { kind: 'text', text: 'Hello @@Name from @@City', flowType: 'greeting', repeatMenuAttempts: 0 },
      skipEmptyFor: ['City'],
    });
    const view = await s.compose.audience(draft.id);
    expect(view).toMatchObject({ count: 2, route: 'dynamic-list' });
    const queued = await s.compose.launch(draft.id, 'Dues by city', 2);
    expect(queued.dependsOn).not.toBeNull();
    const data = (await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${await sent(queued.id)}`)).item.data as Record<string, unknown>;
    expect(data).toMatchObject({ campaign_type: 'dynamic', read_via_text: 'Hello @@Name from @@City' });
    const [listSid] = data.lists as string[];
    const list = s.sandbox.sandbox.snapshot().lists.find((l) => l.sid === listSid);
    expect(list?.name).toContain(listId);
    const client = await s.access.clientFor(s.accounts.activeAccount()!);
    const contacts = (await client.lists.contacts(listSid!, { limit: 10 })).items;
    expect(contacts.map((c) => c.number).sort()).toEqual(['+919876500001', '+919876500003']);
    expect(s.drafts.get(draft.id).launchedItemId).toBe(queued.id);
  });

  it('more than 5000 numbers without variables go as a static list', async () => {
    const lines = ['Phone', ...Array.from({ length: 5001 }, (_, i) => `98${String(76500000 + i).padStart(8, '0')}`)];
    const { draft } = await listDraft(lines, {
      name: 'Big static',
      content: { kind: 'text', text: 'Your order shipped', flowType: 'greeting', repeatMenuAttempts: 0 },
    });
    const queued = await s.compose.launch(draft.id, 'Big static', 5001);
    const data = (await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${await sent(queued.id)}`)).item.data as Record<string, unknown>;
    expect(data.campaign_type).toBe('static');
    expect(data.lists).toHaveLength(1);
    expect(data.from ?? []).toEqual([]);
  }, 60_000);

  it('“Call me first” makes a one-number greeting campaign with the message as that contact hears it', async () => {
    const { draft } = await listDraft(['Name,Phone', 'Asha,9876500001', 'Ravi,9876500002'], {
      content: { kind: 'text', text: 'Hello @@Name, press 1', flowType: 'ivr', repeatMenuAttempts: 1 },
    });
    const queued = await s.compose.testCall(draft.id, '98765 43210', 1);
    expect(queued.kind).toBe('test-call');
    const data = (await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${await sent(queued.id)}`)).item.data as Record<string, unknown>;
    expect(data).toMatchObject({ from: ['+919876543210'], flow_type: 'greeting', read_via_text: 'Hello Ravi, press 1', name: queued.key });
    expect(s.compose.defaults().testCallNumber).toBe('98765 43210');
  });
});
