import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { campaignInput, campaignsNamed, createItem, OutboxWorld } from '../../support/outbox-soak/outbox-world';

let w: OutboxWorld;
afterEach(() => w?.close());

const posts = (world: OutboxWorld) => world.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/campaigns').length;
const states = (world: OutboxWorld, id: string) => world.events.filter((e) => e.id === id).map((e) => e.state);

describe('outbox: a launch goes once', () => {
  it('queued, sending, done: Exotel makes the campaign, the window hears every change, Activity keeps a line', async () => {
    w = new OutboxWorld();
    const item = w.enqueue(createItem('sandbox', 'Dues December', campaignInput(['+919876500001'])));
    await w.settle();
    const done = w.item(item.id);
    expect(done).toMatchObject({ state: 'done', attempts: 1, campaignId: expect.any(String) });
    expect(states(w, item.id)).toEqual(['queued', 'sending', 'done']);
    expect(campaignsNamed(w.sandbox, 'Dues December')).toBe(1);
    const line = w.db.prepare(`SELECT message FROM activity WHERE kind = 'outbox'`).get() as { message: string };
    expect(line.message).toMatch(/^Launch “Dues December”: Exotel made the campaign/);
  });

  it('an answer lost after Exotel made the campaign: found by its name, not sent again', async () => {
    w = new OutboxWorld();
    w.sandbox.faults.inject({ kind: 'lost-answer', method: 'POST', path: '/campaigns' });
    const item = w.enqueue(createItem('sandbox', 'Lost answer launch', campaignInput(['+919876500001'])));
    await w.settle();
    expect(w.item(item.id)).toMatchObject({ state: 'done', message: expect.stringMatching(/made once/) });
    expect(campaignsNamed(w.sandbox, 'Lost answer launch')).toBe(1);
    expect(posts(w)).toBe(1);
  });

  it('a 5xx after the work: settled by the lookup; a 5xx before it: provably absent, so sent again once', async () => {
    w = new OutboxWorld();
    w.sandbox.faults.inject({ kind: 'server-error', status: 502, afterWork: true, method: 'POST', path: '/campaigns' });
    const after = w.enqueue(createItem('sandbox', 'Gateway after work', campaignInput(['+919876500001'])));
    await w.settle();
    expect(w.item(after.id).state).toBe('done');
    expect(campaignsNamed(w.sandbox, 'Gateway after work')).toBe(1);

    w.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'POST', path: '/campaigns' });
    const before = w.enqueue(createItem('sandbox', 'Gateway before work', campaignInput(['+919876500002'])));
    await w.settle();
    expect(w.item(before.id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(
      w
        .item(before.id)
        .history.map((h) => h.message)
        .join(' '),
    ).toMatch(/no campaign named “Gateway before work”/);
    expect(campaignsNamed(w.sandbox, 'Gateway before work')).toBe(1);
  });

  it('an older campaign of the same name is not taken for the launch: absent, so sent again once', async () => {
    w = new OutboxWorld();
    // Made on Exotel's dashboard hours ago, not through this outbox.
    const { accountSid, apiKey, apiToken } = w.sandbox.credentials;
    await w.sandbox.handle(
      new Request(`http://sandbox.test/v2/accounts/${accountSid}/campaigns`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${apiKey}:${apiToken}`).toString('base64')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          campaigns: [{ name: 'Monthly dues', caller_id: '08047112233', from: ['+919876500001'], read_via_text: 'Older one' }],
        }),
      }),
    );
    expect(campaignsNamed(w.sandbox, 'Monthly dues')).toBe(1);
    const olderId = w.sandbox.snapshot().campaigns.find((c) => c.settings.name === 'Monthly dues')?.id;
    w.time.advance(3 * 60 * 60_000);
    w.sandbox.faults.inject({ kind: 'server-error', status: 503, method: 'POST', path: '/campaigns' });
    const again = w.enqueue(createItem('sandbox', 'Monthly dues', campaignInput(['+919876500002'])));
    await w.settle();
    expect(w.item(again.id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(w.item(again.id).campaignId).not.toBe(olderId);
    expect(campaignsNamed(w.sandbox, 'Monthly dues')).toBe(2);
  });

  it('a refusal says what to do next in words that fit the item: launch again, or try the test call again', async () => {
    w = new OutboxWorld();
    const bad = campaignInput(['+919876500001'], { callerId: '12' });
    const launch = w.enqueue(createItem('sandbox', 'Refused launch', bad));
    const test = w.enqueue({
      kind: 'test-call',
      accountId: 'sandbox',
      title: 'Test call',
      key: 'Test call refused',
      draftId: null,
      payload: { input: { ...bad, name: 'Test call refused' }, listFromItem: null },
    });
    await w.settle();
    expect(w.item(launch.id)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/Nothing was made on Exotel: correct it and launch again\.$/),
    });
    expect(w.item(test.id)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/No call was made: correct it and try the test call again\.$/),
    });
  });

  it('a slow answer past the timeout is an unknown outcome, settled without a second campaign', async () => {
    w = new OutboxWorld({ timeoutMs: 50 });
    w.sandbox.faults.inject({ kind: 'slow', delayMs: 150, method: 'POST', path: '/campaigns' });
    const item = w.enqueue(createItem('sandbox', 'Slow answer', campaignInput(['+919876500001'])));
    await w.settle();
    expect(w.item(item.id).state).toBe('done');
    expect(campaignsNamed(w.sandbox, 'Slow answer')).toBe(1);
  });

  it('429 with a long Retry-After: waits in the queue for that long, then goes once', async () => {
    w = new OutboxWorld();
    w.sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 600, method: 'POST', path: '/campaigns' });
    const started = w.time.now();
    const item = w.enqueue(createItem('sandbox', 'Rate limited', campaignInput(['+919876500001'])));
    await w.service.idle();
    expect(w.item(item.id)).toMatchObject({ state: 'queued', message: expect.stringMatching(/limiting how fast.*600 seconds/) });
    await w.settle();
    expect(w.item(item.id).state).toBe('done');
    const sent = w.sandbox.requests.filter((r) => r.method === 'POST' && r.outcome === 200)[0];
    expect(sent!.at - started).toBeGreaterThanOrEqual(600_000);
    expect(campaignsNamed(w.sandbox, 'Rate limited')).toBe(1);
  });

  it('offline: a real account’s items wait and drain in order when the network returns; the Sandbox is always reachable', async () => {
    w = new OutboxWorld();
    w.setOnline(false);
    const first = w.enqueue(createItem('acme', 'Offline first', campaignInput(['+919876500001'])));
    const second = w.enqueue(createItem('acme', 'Offline second', campaignInput(['+919876500002'])));
    const sandbox = w.enqueue(createItem('sandbox', 'Sandbox while offline', campaignInput(['+919876500003'])));
    await w.settle();
    expect(w.item(first.id)).toMatchObject({
      state: 'queued',
      history: [expect.objectContaining({ message: expect.stringMatching(/offline/) })],
    });
    expect(w.item(sandbox.id).state).toBe('done');
    w.setOnline(true);
    await w.settle();
    expect([w.item(first.id).state, w.item(second.id).state]).toEqual(['done', 'done']);
    const made = w.sandbox.snapshot().campaigns.map((c) => c.settings.name);
    expect(made.indexOf('Offline first')).toBeLessThan(made.indexOf('Offline second'));
  });

  it('refuses a second launch under a name already in the outbox', () => {
    w = new OutboxWorld();
    w.enqueue(createItem('sandbox', 'Same name', campaignInput(['+919876500001'])));
    expect(() => w.enqueue(createItem('sandbox', 'Same name', campaignInput(['+919876500002'])))).toThrow(AppError);
  });
});

describe('outbox: a launch that waited asks first', () => {
  it('past its start: asks with both times, and “launch now” sends it with the end moved by as much', async () => {
    w = new OutboxWorld();
    w.setOnline(false);
    const input = campaignInput(['+919876500001'], {
      schedule: { sendAt: '2025-03-03T10:00:00+05:30', endAt: '2025-03-03T18:00:00+05:30' },
    });
    const item = w.enqueue(createItem('acme', 'Late start', input));
    w.time.advance(100 * 60_000); // 11:40 IST
    w.setOnline(true);
    await w.settle();
    expect(w.item(item.id)).toMatchObject({
      state: 'needs-confirmation',
      message: 'This was to start at 10:00 IST; it is 11:40 IST. Launch now, reschedule, or discard?',
      choices: ['launch-now', 'reschedule', 'discard'],
    });
    expect(posts(w)).toBe(0);
    await w.service.decide(item.id, 'launch-now');
    await w.settle();
    expect(w.item(item.id).state).toBe('done');
    const made = w.sandbox.snapshot().campaigns.find((c) => c.settings.name === 'Late start')!;
    expect(new Date(made.settings.end_at).toISOString()).toBe('2025-03-03T14:10:00.000Z'); // 19:40 IST
  });

  it('a start “at once” that waited more than 30 minutes asks; reschedule and discard do what they say', async () => {
    w = new OutboxWorld();
    w.setOnline(false);
    const later = w.enqueue(createItem('acme', 'Waited long', campaignInput(['+919876500001'])));
    const dropped = w.enqueue(createItem('acme', 'Dropped', campaignInput(['+919876500002'])));
    w.time.advance(31 * 60_000);
    w.setOnline(true);
    await w.settle();
    expect(w.item(later.id).message).toBe('This was to start at 10:00 IST; it is 10:31 IST. Launch now, reschedule, or discard?');
    await expect(w.service.decide(later.id, 'reschedule', '2025-03-03T09:00:00+05:30')).rejects.toThrow(/already passed/);
    await w.service.decide(later.id, 'reschedule', '2025-03-03T15:00:00+05:30');
    await w.service.decide(dropped.id, 'discard');
    await w.settle();
    expect(w.item(later.id).state).toBe('done');
    expect(w.item(dropped.id)).toMatchObject({ state: 'failed', message: expect.stringMatching(/nothing was sent/), choices: [] });
    expect(campaignsNamed(w.sandbox, 'Dropped')).toBe(0);
    const made = w.sandbox.snapshot().campaigns.find((c) => c.settings.name === 'Waited long')!;
    expect(new Date(made.settings.send_at).toISOString()).toBe('2025-03-03T09:30:00.000Z');
  });
});

describe('outbox: when Exotel cannot be asked', () => {
  it('asks the user after three failed looks, and their answer is final', async () => {
    w = new OutboxWorld();
    w.sandbox.faults.inject({ kind: 'lost-answer', method: 'POST', path: '/campaigns' });
    w.sandbox.faults.inject({ kind: 'status', status: 500, method: 'GET', path: '/campaigns', count: 15 });
    const item = w.enqueue(createItem('sandbox', 'Cannot tell', campaignInput(['+919876500001'])));
    await w.settle();
    expect(w.item(item.id)).toMatchObject({
      state: 'needs-confirmation',
      choices: ['mark-done', 'send-again', 'discard'],
      message: expect.stringMatching(/failed 3 times.*a campaign named “Cannot tell”/),
    });
    await w.service.decide(item.id, 'mark-done');
    expect(w.item(item.id).state).toBe('done');
    expect(posts(w)).toBe(1);
    await expect(w.service.decide(item.id, 'send-again')).rejects.toThrow(/does not apply/);
  });
});

describe('outbox: a restart while sending', () => {
  it('an item left in “sending” is checked, never re-sent blindly: made before the crash means done', async () => {
    w = new OutboxWorld();
    w.hangNextWrite = 'after-work';
    const item = w.enqueue(createItem('sandbox', 'Crash after work', campaignInput(['+919876500001'])));
    await new Promise((r) => setTimeout(r, 20));
    expect(w.item(item.id).state).toBe('sending');
    w.restart();
    await w.settle();
    expect(w.item(item.id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(campaignsNamed(w.sandbox, 'Crash after work')).toBe(1);
  });

  it('…and not made before the crash means sent once more', async () => {
    w = new OutboxWorld();
    w.hangNextWrite = 'before-work';
    const item = w.enqueue(createItem('sandbox', 'Crash before work', campaignInput(['+919876500001'])));
    await new Promise((r) => setTimeout(r, 20));
    w.restart();
    await w.settle();
    expect(w.item(item.id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(campaignsNamed(w.sandbox, 'Crash before work')).toBe(1);
  });
});
