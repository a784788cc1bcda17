import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/shared/compose/draft';
import { importSheet } from '../../support/import-sheet';
import { composeOver, fieldsOf, makeServices, RecordingOutbox, writeSheet, type TestServices } from './harness';

let s: TestServices;
let outbox: RecordingOutbox;
afterEach(() => s?.close());

function setup() {
  s = makeServices();
  outbox = new RecordingOutbox();
  return composeOver(s, outbox);
}

function edit(draft: Draft, change: Partial<ReturnType<typeof fieldsOf>>): void {
  s.drafts.save(draft.id, { ...fieldsOf(s.drafts.get(draft.id)), ...change });
}

const say = (text: string) => ({ content: { kind: 'text' as const, text, flowType: 'greeting' as const, repeatMenuAttempts: 0 } });

function numbersDraft(): Draft {
  const draft = s.drafts.create({ kind: 'blank' });
  edit(draft, {
    name: 'Dues reminder',
    audience: { kind: 'numbers', text: '9876500001\n9876500002\n9876500001' },
    ...say('Your dues are pending.'),
  });
  return s.drafts.get(draft.id);
}

describe('launch', () => {
  it('is refused when the confirmed name or count is not what the draft now says, and nothing is queued', async () => {
    const compose = setup();
    const draft = numbersDraft();
    await expect(compose.launch(draft.id, 'Dues reminder', 3)).rejects.toThrow(
      /you confirmed “Dues reminder” with 3 numbers, but the draft is now “Dues reminder” with 2 numbers/,
    );
    await expect(compose.launch(draft.id, 'Dues remainder', 2)).rejects.toThrow(/Not launched/);
    expect(outbox.items).toEqual([]);
    expect(s.drafts.get(draft.id).launchedItemId).toBeNull();
  });

  it('is refused while the checks find something Exotel would refuse, naming the field', async () => {
    const compose = setup();
    const draft = numbersDraft();
    edit(draft, { callerId: '' });
    await expect(compose.launch(draft.id, 'Dues reminder', 2)).rejects.toMatchObject({
      code: 'validation',
      details: { issues: [{ path: ['callerId'], message: 'Choose the ExoPhone to call from' }] },
    });
    expect(outbox.items).toEqual([]);
  });

  it('queues one create keyed by the campaign’s name, marks the draft launched, and never queues it twice', async () => {
    const compose = setup();
    const draft = numbersDraft();
    const item = await compose.launch(draft.id, 'Dues reminder', 2);
    expect(outbox.items).toHaveLength(1);
    expect(outbox.items[0]).toMatchObject({
      kind: 'campaign-create',
      key: 'Dues reminder',
      draftId: draft.id,
      dependsOn: null,
      payload: {
        listFromItem: null,
        input: { name: 'Dues reminder', from: ['+919876500001', '+919876500002'], customField: 'Dues reminder', callerId: '08047112233' },
      },
    });
    expect(s.drafts.get(draft.id).launchedItemId).toBe(item.id);
    await expect(compose.launch(draft.id, 'Dues reminder', 2)).rejects.toThrow(/was launched already/);
    expect(outbox.items).toHaveLength(1);

    const again = s.drafts.create({ kind: 'draft', draftId: draft.id });
    const check = await compose.check(again.id);
    expect(check.ready).toBe(true);
    expect(again.name).toBe('Dues reminder (2)');
  });

  it('a name already queued in the outbox is taken', async () => {
    const compose = setup();
    const draft = numbersDraft();
    await compose.launch(draft.id, 'Dues reminder', 2);
    const other = s.drafts.create({ kind: 'blank' });
    edit(other, { name: 'Dues reminder', audience: { kind: 'numbers', text: '9876500009' }, ...say('Hello') });
    const check = await compose.check(other.id);
    expect(check.issues).toContainEqual({ field: 'name', message: expect.stringMatching(/A campaign named “Dues reminder” exists/) });
  });

  it('a list with variables in the message is sent as a dynamic list first; the create waits for it', async () => {
    const compose = setup();
    const file = writeSheet('dues.csv', ['Name,Phone,City', 'Asha,9876500001,Pune', 'Ravi,9876500002,', 'Meera,9876500003,Agra']);
    const { listId } = await importSheet(s, file, 'Dues December');
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, { name: 'Dues with city', ...say('Hello @@Name from @@City'), skipEmptyFor: ['City'] });
    await compose.launch(draft.id, 'Dues with city', 2);
    const [send, create] = outbox.items;
    expect(send).toMatchObject({ kind: 'list-send', listId, listType: 'dynamic', skipEmptyFor: ['City'] });
    expect(create).toMatchObject({
      kind: 'campaign-create',
      dependsOn: send?.id,
      payload: { listFromItem: send?.id, input: { campaignType: 'dynamic', readViaText: 'Hello @@Name from @@City' } },
    });
  });

  it('a list with more than five variables cannot go as a dynamic list: the check says what to do', async () => {
    const compose = setup();
    const file = writeSheet('wide.csv', ['Name,Phone,A,B,C,D,E', 'Asha,9876500001,1,2,3,4,5']);
    const { listId } = await importSheet(s, file, 'Wide');
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, { name: 'Wide call', ...say('Hello @@Name') });
    const check = await compose.check(draft.id);
    expect(check.ready).toBe(false);
    expect(check.issues).toContainEqual({
      field: 'audience',
      message: expect.stringMatching(/has 6 variables, and a dynamic Exotel list takes at most 5: .* \(the message needs @@Name\)/),
    });
    await expect(compose.launch(draft.id, 'Wide call', 1)).rejects.toThrow(/Not launched/);
    expect(outbox.items).toEqual([]);
  });

  it('a small list without variables in the message goes straight in from, less the rows left out', async () => {
    const compose = setup();
    const file = writeSheet('plain.csv', ['Name,Phone', 'Asha,9876500001', ',9876500002']);
    const { listId } = await importSheet(s, file, 'Plain');
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, { name: 'Plain call', ...say('Your order has shipped') });
    await compose.launch(draft.id, 'Plain call', 2);
    expect(outbox.items).toEqual([
      expect.objectContaining({
        kind: 'campaign-create',
        payload: expect.objectContaining({ input: expect.objectContaining({ from: ['+919876500001', '+919876500002'] }) }),
      }),
    ]);
  });
});

describe('test call', () => {
  it('sends the message as one contact would hear it, as a one-number greeting, and remembers the number', async () => {
    const compose = setup();
    const file = writeSheet('dues.csv', ['Name,Phone', 'Asha,9876500001', 'Ravi,9876500002']);
    const { listId } = await importSheet(s, file, 'Dues');
    const draft = s.drafts.create({ kind: 'list', listId });
    edit(draft, {
      content: { kind: 'text', text: 'Hello @@Name, press 1', flowType: 'ivr', repeatMenuAttempts: 2 },
      retries: { count: 2, intervalMins: 5, mechanism: 'Linear', onStatus: ['busy'] },
    });
    await compose.testCall(draft.id, '098765 43210', 1);
    expect(outbox.items).toHaveLength(1);
    const item = outbox.items[0];
    expect(item).toMatchObject({
      kind: 'test-call',
      draftId: draft.id,
      payload: { listFromItem: null, input: { from: ['+919876543210'], flowType: 'greeting', readViaText: 'Hello Ravi, press 1' } },
    });
    if (item?.kind !== 'test-call') throw new Error('expected a test call');
    expect(item.payload.input.retries).toBeUndefined();
    expect(item.payload.input.name).toBe(item.key);
    expect(item.payload.input.customField).toBe(item.key);
    expect(compose.defaults().testCallNumber).toBe('098765 43210');
    expect(s.drafts.get(draft.id).launchedItemId).toBeNull();
  });

  it('refuses a number that cannot be called, in the import’s words', async () => {
    const compose = setup();
    const draft = numbersDraft();
    await expect(compose.testCall(draft.id, '12ab', 0)).rejects.toThrow(/Test call number: “12ab” has letters in it/);
    expect(outbox.items).toEqual([]);
  });
});

describe('defaults', () => {
  it('gives the active account’s ExoPhones, throttle, zone, country and calling hours', () => {
    const compose = setup();
    expect(compose.defaults()).toEqual({
      accountId: 'sandbox',
      sandbox: true,
      country: 'IN',
      callerIds: ['08047112233', '08047112244'],
      accountThrottle: 60,
      timeZone: 'Asia/Kolkata',
      testCallNumber: '',
      // The Sandbox calls nobody: no hours until they are set on it.
      callingHours: null,
      hoursZone: 'Asia/Kolkata',
    });
  });
});
