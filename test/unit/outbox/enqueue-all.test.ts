import { afterEach, describe, expect, it } from 'vitest';
import { campaignInput, campaignsNamed, createItem, OutboxWorld } from '../../support/outbox-soak/outbox-world';

let w: OutboxWorld;
afterEach(() => w?.close());

const stored = (world: OutboxWorld) => (world.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;

describe('outbox: items queued together', () => {
  it('stores every item before any is sent, then sends each once', async () => {
    w = new OutboxWorld();
    const seenWhileQueueing: number[] = [];
    const ids = w.service.enqueueAll((enqueue) =>
      [1, 2, 3].map((day) => {
        const view = enqueue(createItem('sandbox', `Dues · day ${day} of 3`, campaignInput([`+91987650000${day}`])));
        seenWhileQueueing.push(w.events.length);
        return view.id;
      }),
    );
    // The window hears of none of them while they are being queued, so none can have gone yet.
    expect(seenWhileQueueing).toEqual([0, 0, 0]);
    await w.settle();
    expect(ids.map((id) => w.item(id).state)).toEqual(['done', 'done', 'done']);
    expect([1, 2, 3].map((day) => campaignsNamed(w.sandbox, `Dues · day ${day} of 3`))).toEqual([1, 1, 1]);
  });

  it('stores none of them when one cannot be queued, and sends nothing', async () => {
    w = new OutboxWorld();
    expect(() =>
      w.service.enqueueAll((enqueue) => {
        enqueue(createItem('sandbox', 'Dues · day 1 of 2', campaignInput(['+919876500001'])));
        // The same name twice: the second is refused, so the first must not stay behind alone.
        enqueue(createItem('sandbox', 'Dues · day 1 of 2', campaignInput(['+919876500002'])));
      }),
    ).toThrow(/already in the outbox/);
    await w.settle();
    expect(stored(w)).toBe(0);
    expect(campaignsNamed(w.sandbox, 'Dues · day 1 of 2')).toBe(0);
  });
});
