import { afterEach, describe, expect, it } from 'vitest';
import { ContactsSender } from '../../../src/main/services/contacts/contacts-sender';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import type { Draft } from '../../../src/shared/compose/draft';
import { importSheet } from '../../support/import-sheet';
import { composeOver, fieldsOf, makeServices, RecordingOutbox, writeSheet, type TestServices } from './harness';

let s: TestServices;
afterEach(() => s?.close());

function setup() {
  s = makeServices();
  return composeOver(s, new RecordingOutbox());
}

function phone(i: number): string {
  return `98${String(76500000 + i).padStart(8, '0')}`;
}

/** Name, Phone, City: every third row has no City. */
async function cityList(rows: number, name = 'Pune customers'): Promise<string> {
  const lines = ['Name,Phone,City'];
  for (let i = 0; i < rows; i++) lines.push(`Person ${i},${phone(i)},${i % 3 === 0 ? '' : 'Pune'}`);
  return (await importSheet(s, writeSheet('cities.csv', lines), name)).listId;
}

function edit(draft: Draft, change: Partial<ReturnType<typeof fieldsOf>>): void {
  s.drafts.save(draft.id, { ...fieldsOf(s.drafts.get(draft.id)), ...change });
}

const say = (text: string) => ({ content: { kind: 'text' as const, text, flowType: 'greeting' as const, repeatMenuAttempts: 0 } });

describe('typed or pasted numbers', () => {
  it('checks each with the import’s rules, names invalid ones by line and reason, and counts repeats', async () => {
    const compose = setup();
    const draft = s.drafts.create({ kind: 'blank' });
    edit(draft, { audience: { kind: 'numbers', text: '98765 43210\n+91 98765-43211, 12ab\n\n098765 43210\n9.19876E+11' } });
    const view = await compose.audience(draft.id);
    expect(view).toMatchObject({ count: 2, available: 2, invalidCount: 2, repeated: 1, route: 'from', variables: [] });
    expect(view.invalid).toEqual([
      { line: 2, text: '12ab', reason: expect.stringMatching(/^“12ab” has letters in it/) },
      { line: 5, text: '9.19876E+11', reason: expect.stringMatching(/^Excel turned this number into 9\.19876E\+11 and lost digits/) },
    ]);
    expect(view.routeText).toMatch(/with the campaign itself/);

    edit(draft, { callDuplicateNumbers: true });
    expect((await compose.audience(draft.id)).count).toBe(3);

    const samples = await compose.samples(draft.id, { kind: 'row', row: 2 });
    expect(samples).toEqual([{ row: 2, index: 1, number: '+919876543211', values: {} }]);
  });

  it('takes at most 5000 numbers and names each one past the limit', async () => {
    const compose = setup();
    const draft = s.drafts.create({ kind: 'blank' });
    const lines = Array.from({ length: 5003 }, (_, i) => phone(i));
    edit(draft, { audience: { kind: 'numbers', text: lines.join('\n') } });
    const view = await compose.audience(draft.id);
    expect(view.count).toBe(5000);
    expect(view.invalidCount).toBe(3);
    expect(view.invalid[0]).toEqual({
      line: 5001,
      text: phone(5000),
      reason: expect.stringMatching(/Only 5,000 numbers can be typed or pasted/),
    });
  });
});

describe('a saved contact list: the route it takes to Exotel', () => {
  it('without variables in the message, up to 5000 numbers go straight in from', async () => {
    const compose = setup();
    const listId = await cityList(30);
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, say('Your order has shipped.'));
    const view = await compose.audience(draft.id);
    expect(view).toMatchObject({ count: 30, available: 30, route: 'from', variables: ['Name', 'City'], emptyByVariable: {} });
  });

  it('without variables, more than 5000 numbers go as a static list', async () => {
    const compose = setup();
    const listId = await cityList(5001);
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, say('Your order has shipped.'));
    const view = await compose.audience(draft.id);
    expect(view).toMatchObject({ count: 5001, route: 'static-list' });
    expect(view.routeText).toMatch(/static list first, because more than 5,000 numbers/);
  });

  it('with variables, it goes as a dynamic list; empty values are counted and can be left out', async () => {
    const compose = setup();
    const listId = await cityList(30);
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, say('Hello @@Name from @@City.'));
    let view = await compose.audience(draft.id);
    expect(view).toMatchObject({ count: 30, route: 'dynamic-list', emptyByVariable: { Name: 0, City: 10 } });
    expect(view.routeText).toMatch(/dynamic list first, because the message uses @@Name, @@City/);

    edit(draft, { skipEmptyFor: ['City'] });
    view = await compose.audience(draft.id);
    expect(view.count).toBe(20);

    const empty = await compose.emptyRows(draft.id, 'City', 0, 4);
    expect(empty.total).toBe(10);
    expect(empty.rows.map((r) => r.row)).toEqual([2, 5, 8, 11]);
    expect(empty.rows[0]).toMatchObject({ number: '+919876500000', values: { Name: 'Person 0', City: '' } });
  });

  it('a list already sent to this account as a dynamic list is reused', async () => {
    const compose = setup();
    const listId = await cityList(6);
    const account = s.accounts.activeAccount()!;
    const sender = new ContactsSender({ lists: new ContactsRepo(s.db), sleep: async (ms) => s.sandbox.sandbox.clock.advance(ms) });
    await sender.send(listId, 'dynamic', account, await s.access.clientFor(account), {
      signal: new AbortController().signal,
      progress: () => undefined,
    });
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, say('Hello @@Name'));
    expect((await compose.audience(draft.id)).routeText).toMatch(/already sent to this account/);
  });

  it('preview contacts: by position, by sheet row, and at random', async () => {
    const compose = setup();
    const listId = await cityList(12);
    const draft = s.drafts.create({ kind: 'list', listId });
    expect(await compose.samples(draft.id, { kind: 'index', index: 0 })).toEqual([
      { row: 2, index: 0, number: '+919876500000', values: { Name: 'Person 0', City: '' } },
    ]);
    expect((await compose.samples(draft.id, { kind: 'row', row: 9 }))[0]).toMatchObject({ row: 9, index: 7, values: { Name: 'Person 7' } });
    expect(await compose.samples(draft.id, { kind: 'row', row: 99 })).toEqual([]);
    const random = await compose.samples(draft.id, { kind: 'random', count: 5 });
    expect(new Set(random.map((r) => r.index)).size).toBe(5);
    for (const r of random) expect(r.values.Name).toBe(`Person ${r.index}`);
  });
});

describe('Exotel lists', () => {
  it('reads what Exotel knows about a dynamic list made outside the app: its size and variables', async () => {
    const compose = setup();
    const account = s.accounts.activeAccount()!;
    const client = await s.access.clientFor(account);
    const upload = await client.uploads.csv({
      listName: 'Made on Exotel',
      fileName: 'x.csv',
      content: `number,Name\n${phone(1)},Asha\n${phone(2)},Ravi\n`,
      type: 'dynamic',
    });
    s.sandbox.sandbox.clock.advance(60_000);
    const status = await client.uploads.status(upload.uploadId);
    const sid = status.listSid ?? upload.listSid ?? '';
    const draft = s.drafts.create({ kind: 'blank' });
    edit(draft, { audience: { kind: 'exotel-lists', type: 'dynamic', sids: [sid] } });
    expect(await compose.audience(draft.id)).toMatchObject({ count: 2, route: 'exotel-lists', variables: ['Name'] });
    const [first] = await compose.samples(draft.id, { kind: 'index', index: 0 });
    expect(first?.values).toMatchObject({ Name: expect.stringMatching(/Asha|Ravi/) });
  });
});
