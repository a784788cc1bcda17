import { beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { numbers, START } from '../exotel/helpers';
import { rawCaller, type RawCall } from './raw';

let sandbox: Sandbox;
let call: RawCall;

beforeEach(() => {
  sandbox = new Sandbox({ seed: 5, speed: 0, start: START });
  call = rawCaller(sandbox);
});

function upload(fields: Record<string, string | Blob>): Promise<Awaited<ReturnType<RawCall>>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.set(key, value);
    else form.set(key, value, 'contacts.csv');
  }
  return call('POST', '/contacts/csv-upload', form);
}

async function uploadStatus(answer: Awaited<ReturnType<RawCall>>): Promise<Record<string, unknown>> {
  const id = (answer.item.summary as { upload_id: string }).upload_id;
  sandbox.clock.advance(60_000);
  return (await call('GET', `/csv-status/${id}`)).item.data as Record<string, unknown>;
}

describe('list and contact rules', () => {
  it('list names are unique: a second "Customers" is item code 409 with 1008', async () => {
    await call('POST', '/lists', { lists: [{ name: 'Customers' }] });
    const again = await call('POST', '/lists', { lists: [{ name: 'Customers' }] });
    expect([again.status, again.item.code, again.errorCode]).toEqual([409, 409, 1008]);
    const mixed = await call('POST', '/lists', { lists: [{ name: 'Customers' }, { name: 'Others' }] });
    expect(mixed.status).toBe(207);
  });

  it('a list needs a name', async () => {
    const answer = await call('POST', '/lists', { lists: [{ tag: 'x' }] });
    expect([answer.status, answer.errorCode]).toEqual([400, 1001]);
  });

  it('at most 5000 contacts a request, and 5000 references when adding to a list', async () => {
    const contacts = await call('POST', '/contacts', { contacts: numbers(5001).map((number) => ({ number })) });
    expect([contacts.status, contacts.errorCode]).toEqual([400, 1002]);
    const list = await call('POST', '/lists', { lists: [{ name: 'Big' }] });
    const sid = (list.item.data as { sid: string }).sid;
    const refs = await call('POST', `/lists/${sid}/contacts`, { contact_references: new Array(5001).fill({ contact_sid: 'x' }) });
    expect([refs.status, refs.errorCode]).toEqual([400, 1002]);
  });

  it('a contact with a bad number is refused per item; an existing one answers 409 with its sid', async () => {
    const first = await call('POST', '/contacts', { contacts: [{ number: '+919812345678' }] });
    const sid = (first.item.data as { sid: string }).sid;
    const answer = await call('POST', '/contacts', { contacts: [{ number: 'call me' }, { number: '9812345678' }, {}] });
    const items = answer.body.response as { code: number; error_data: { code: number }; data: unknown }[];
    expect(answer.status).toBe(207);
    expect(items.map((i) => [i.code, i.error_data.code])).toEqual([
      [400, 1002],
      [409, 1008],
      [400, 1001],
    ]);
    expect(items[1]?.data).toEqual({ sid });
  });

  it('a list that does not exist is 404 with 1000', async () => {
    for (const [method, path] of [
      ['GET', '/lists/nope'],
      ['DELETE', '/lists/nope'],
      ['GET', '/lists/nope/contacts'],
    ] as const) {
      const answer = await call(method, path);
      expect([path, answer.status, answer.errorCode]).toEqual([path, 404, 1000]);
    }
  });
});

describe('CSV upload rules', () => {
  const file = (text: string): Blob => new Blob([text], { type: 'text/csv' });

  it('must be multipart: JSON is 415 with 1011', async () => {
    const answer = await call('POST', '/contacts/csv-upload', { list_name: 'x' });
    expect([answer.status, answer.errorCode]).toEqual([415, 1011]);
  });

  it('needs list_name and the file, and a type of static or dynamic', async () => {
    expect((await upload({ type: 'static', file_name: file('number\n9812345678\n') })).errorCode).toBe(1001);
    expect((await upload({ list_name: 'A', type: 'static' })).errorCode).toBe(1001);
    const smart = await upload({ list_name: 'A', type: 'smart', file_name: file('number\n9812345678\n') });
    expect([smart.status, smart.errorCode]).toEqual([400, 1002]);
  });

  it('refuses a list name already taken', async () => {
    await upload({ list_name: 'Taken', type: 'static', file_name: file('number\n9812345678\n') });
    const again = await upload({ list_name: 'Taken', type: 'static', file_name: file('number\n9812345679\n') });
    expect([again.status, again.errorCode]).toEqual([409, 1008]);
  });

  it('answers 202 at once and finishes in the background', async () => {
    const answer = await upload({ list_name: 'Async', type: 'static', file_name: file('number,first_name\n9812345678,Asha\n') });
    expect(answer.status).toBe(202);
    expect(answer.item.summary).toMatchObject({
      upload_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      list_sid: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(await uploadStatus(answer)).toMatchObject({ status: 'completed', stats: { total: 1, success: 1, failed: 0, duplicate: 0 } });
  });

  it('fails a file without a number column', async () => {
    const answer = await upload({ list_name: 'No numbers', type: 'static', file_name: file('phone,name\n9812345678,Asha\n') });
    expect(await uploadStatus(answer)).toMatchObject({ status: 'failed', message: 'The file has no "number" column' });
  });

  it('fails a dynamic file with more than 5 variable columns', async () => {
    const answer = await upload({ list_name: 'Wide', type: 'dynamic', file_name: file('number,a,b,c,d,e,f\n9812345678,1,2,3,4,5,6\n') });
    expect(await uploadStatus(answer)).toMatchObject({ status: 'failed', stats: { total: 1, success: 0, failed: 1 } });
  });

  it('fails a static file over 100,000 rows', async () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `+9198${String(10_000_000 + i).slice(-8)}`).join('\n');
    const answer = await upload({ list_name: 'Huge', type: 'static', file_name: file(`number\n${rows}\n`) });
    expect(await uploadStatus(answer)).toMatchObject({
      status: 'failed',
      message: 'A static list has at most 100000 rows; this file has 100001',
    });
  });
});
