import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, count, numbers, startHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('lists and contacts over HTTP', () => {
  it('creates lists, reporting a duplicate name per item with the existing sid', async () => {
    const results = await h.client.lists.create([{ name: 'Customers', tag: 'march' }, { name: 'Customers' }, { name: 'Vendors' }]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const first = results[0];
    const dup = results[1];
    if (!first?.ok || dup?.ok !== false) throw new Error('unexpected results');
    expect(first.data).toMatchObject({ name: 'Customers', tag: 'march', type: 'static', contactCount: 0 });
    expect(dup).toMatchObject({ code: 409, error: { code: 1008, field: 'name' }, existingSid: first.data.sid });
    expect((await h.client.lists.get(first.data.sid)).name).toBe('Customers');
  });

  it('lists lists by name and walks them', async () => {
    await h.client.lists.create(['North', 'South', 'East', 'Northeast'].map((name) => ({ name })));
    const north = await h.client.lists.list({ name: 'north', sortBy: 'name:asc' });
    expect(north.items.map((l) => l.name)).toEqual(['North', 'Northeast']);
    const all = [];
    for await (const l of h.client.lists.iterate({ limit: 3 })) all.push(l.name);
    expect(all).toEqual(['North', 'South', 'East', 'Northeast']);
  });

  it('creates contacts, answering 409 with the sid for a number Exotel already has', async () => {
    const [made] = await h.client.contacts.create([{ number: '+919812345678', firstName: 'Asha' }]);
    if (!made?.ok) throw new Error('contact not made');
    expect(made.data).toMatchObject({ number: '+919812345678', firstName: 'Asha' });
    const again = await h.client.contacts.create([
      { number: '09812345678' },
      { number: '12' },
      { number: '+919812345600', email: 'a@b.in' },
    ]);
    expect(again[0]).toMatchObject({ ok: false, code: 409, existingSid: made.data.sid });
    expect(again[1]).toMatchObject({ ok: false, code: 400, error: { code: 1002, field: 'number' } });
    expect(again[2]).toMatchObject({ ok: true, data: { email: 'a@b.in' } });
  });

  it('adds contacts to a list, reads them back page by page and removes one', async () => {
    const [list] = await h.client.lists.create([{ name: 'Pilot' }]);
    const made = await h.client.contacts.create(numbers(45).map((number) => ({ number })));
    const sids = made.map((r) => (r.ok ? r.data.sid : ''));
    if (!list?.ok) throw new Error('list not made');
    const added = await h.client.lists.addContacts(list.data.sid, [...sids, 'f'.repeat(32), sids[0] as string]);
    expect(added.filter((r) => r.ok)).toHaveLength(45);
    expect(added[45]).toMatchObject({ ok: false, code: 404, error: { code: 1000 } });
    expect(added[46]).toMatchObject({ ok: false, code: 409, error: { code: 1008 } });
    const seen = [];
    for await (const c of h.client.lists.iterateContacts(list.data.sid, { limit: 20 })) seen.push(c.number);
    expect(seen).toEqual(numbers(45));
    await h.client.lists.removeContact(list.data.sid, sids[0] as string);
    expect((await h.client.lists.get(list.data.sid)).contactCount).toBe(44);
  });

  it('refuses more than 5000 items a request without sending anything', async () => {
    const tooMany = numbers(5001).map((number) => ({ number }));
    expect(await caught(h.client.contacts.create(tooMany))).toMatchObject({ kind: 'validation', field: 'contacts' });
    expect(await caught(h.client.lists.addContacts('x', new Array<string>(5001).fill('s')))).toMatchObject({ kind: 'validation' });
    expect(count(h.sandbox, 'POST', '/contacts')).toBe(0);
  });

  it('deletes a list, after which it is not found', async () => {
    const [list] = await h.client.lists.create([{ name: 'Temporary' }]);
    if (!list?.ok) throw new Error('list not made');
    await h.client.lists.delete(list.data.sid);
    expect(await caught(h.client.lists.get(list.data.sid))).toMatchObject({ kind: 'not-found', status: 404, exotelCode: 1000 });
  });

  it('uploads a static CSV that is processed in the background, counting duplicates and failures', async () => {
    const csv = 'number,first_name,last_name\n+919812345678,Asha,Rao\n9812345678,Asha,Rao\nnot a number,X,Y\n9812345679,Ravi,Kumar\n';
    const accepted = await h.client.uploads.csv({ listName: 'From file', fileName: 'people.csv', content: csv, type: 'static' });
    expect(accepted.uploadId).toMatch(/^[0-9a-f]{32}$/);
    expect((await h.client.uploads.status(accepted.uploadId)).status).toBe('in-progress');
    h.sandbox.clock.advance(10_000);
    const done = await h.client.uploads.status(accepted.uploadId);
    expect(done).toMatchObject({
      status: 'completed',
      listSid: accepted.listSid,
      stats: { total: 4, success: 2, failed: 1, duplicate: 1 },
    });
    const contacts = await h.client.lists.contacts(accepted.listSid ?? '');
    expect(contacts.items.map((c) => [c.number, c.firstName])).toEqual([
      ['+919812345678', 'Asha'],
      ['+919812345679', 'Ravi'],
    ]);
  });

  it('uploads a dynamic CSV whose headers, spaces and all, become the list’s variables', async () => {
    const csv = Buffer.from('number,Name,Order ID\n9812345678,Asha,A-1\n9812345679,Ravi,A-2\n');
    const accepted = await h.client.uploads.csv({ listName: 'Orders', fileName: 'orders.csv', content: csv, type: 'dynamic' });
    h.sandbox.clock.advance(10_000);
    const list = await h.client.lists.get(accepted.listSid ?? '');
    expect(list).toMatchObject({ type: 'dynamic', headers: ['Name', 'Order ID'], contactCount: 2 });
    const page = await h.client.lists.contacts(list.sid);
    expect(page.items[1]?.variables).toEqual({ Name: 'Ravi', 'Order ID': 'A-2' });
  });

  it('fails an upload with too many variable columns, and refuses a taken list name', async () => {
    const csv = 'number,a,b,c,d,e,f\n9812345678,1,2,3,4,5,6\n';
    const accepted = await h.client.uploads.csv({ listName: 'Wide', fileName: 'wide.csv', content: csv, type: 'dynamic' });
    h.sandbox.clock.advance(10_000);
    const status = await h.client.uploads.status(accepted.uploadId);
    expect(status.status).toBe('failed');
    expect(status.message).toContain('at most 5 columns');
    const again = await caught(h.client.uploads.csv({ listName: 'Wide', fileName: 'wide.csv', content: csv, type: 'dynamic' }));
    expect(again).toMatchObject({ kind: 'conflict', status: 409, exotelCode: 1008 });
  });
});
