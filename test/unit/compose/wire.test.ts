import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, DraftFields } from '../../../src/shared/compose/draft';
import { rawCaller } from '../sandbox/raw';
import { composeOver, fieldsOf, makeServices, RecordingOutbox, type TestServices } from './harness';

/**
 * One test per create parameter: set in the draft as the composer sets it, launched, and read back from the
 * Sandbox's own answer for the campaign, in the reference's wire format.
 */

let s: TestServices;
afterEach(() => s?.close());

const NUMBERS = '9876500001\n9876500002';

type Change = Partial<DraftFields> | (() => Promise<Partial<DraftFields>>);

async function launched(given: Change = {}): Promise<Record<string, unknown>> {
  s = makeServices();
  const change = typeof given === 'function' ? await given() : given;
  const outbox = new RecordingOutbox();
  const compose = composeOver(s, outbox);
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
  await compose.launch(draft.id, fields.name, audience.count);
  const item = outbox.items.find((i) => i.kind === 'campaign-create');
  if (item?.kind !== 'campaign-create') throw new Error('nothing was queued');
  const client = await s.access.clientFor(s.accounts.activeAccount()!);
  const created = await client.campaigns.create(item.payload.input);
  const raw = await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${created.id}`);
  expect(raw.status).toBe(200);
  return raw.item.data as Record<string, unknown>;
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
      return { audience: { kind: 'exotel-lists', type: 'dynamic', sids: [sid] }, content: { kind: 'text', text: 'Hello @@Name', flowType: 'greeting', repeatMenuAttempts: 0 } };
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
    const data = await launched({ content: { kind: 'text', text: 'Hello, your dues are pending.', flowType: 'greeting', repeatMenuAttempts: 0 } });
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
    const data = await launched({ retries: { count: 2, intervalMins: 10, mechanism: 'Exponential', onStatus: ['busy', 'no-answer', 'failed'] } });
    expect(data.retries).toEqual({ number_of_retries: 2, interval_mins: 10, mechanism: 'Exponential', on_status: ['busy', 'no-answer', 'failed'] });
  });

  it('schedule: send_at and end_at in RFC 3339 with the chosen zone’s offset', async () => {
    const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString().slice(0, 10);
    const data = await launched({ schedule: { kind: 'later', sendAt: `${tomorrow}T10:00`, endAt: `${tomorrow}T18:30`, timeZone: 'Asia/Kolkata' } });
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
