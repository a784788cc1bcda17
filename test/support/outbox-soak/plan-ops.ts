import type { NewOutboxItem } from '../../../src/main/services/outbox/types';
import { shiftRfc3339 } from '../../../src/main/services/outbox/launch-time';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import { dayName } from '../../../src/shared/plans/schemas';
import { campaignInput, createItem } from './outbox-world';

const DAY_MS = 24 * 3600_000;
const IST = (ms: number): string => shiftRfc3339('1970-01-01T05:30:00+05:30', ms);

/** Every campaign name of a plan's day, "… · day 2 of 3": how the soak finds a day made twice. */
export const DAY_NAME = / · day \d+ of \d+$/;

export interface PlanLaunch {
  accountId: string;
  name: string;
  /** Typed numbers per day; with `listId`, each day sends its run of the list instead. */
  days: string[][];
  listId?: string;
  /** The first day's start; the others a day apart, each 12 hours long. */
  startMs: number;
}

/**
 * Queues a plan of daily runs as the composer's launch does: all days in one transaction, each its own create
 * named by its day (after its own list send with that day's slice when it calls a list). Returns the items in order.
 */
export function enqueuePlanLaunch(
  enqueueAll: <T>(build: (enqueue: (item: NewOutboxItem) => OutboxItemView) => T) => T,
  p: PlanLaunch,
): { id: string; item: NewOutboxItem }[] {
  return enqueueAll((enqueue) => {
    const out: { id: string; item: NewOutboxItem }[] = [];
    let first = 0;
    p.days.forEach((numbers, i) => {
      const key = dayName(p.name, i + 1, p.days.length);
      const sendAt = p.startMs + i * DAY_MS;
      const schedule = { sendAt: IST(sendAt), endAt: IST(sendAt + 12 * 3600_000) };
      let listFromItem: string | undefined;
      if (p.listId) {
        const send: NewOutboxItem = {
          kind: 'list-send',
          accountId: p.accountId,
          title: `Send day ${i + 1} of ${p.days.length}`,
          key: `${p.name} list day ${i + 1}`,
          listId: p.listId,
          listType: 'static',
          skipEmptyFor: [],
          slice: { first, count: numbers.length },
        };
        listFromItem = enqueue(send).id;
        out.push({ id: listFromItem, item: send });
      }
      const input = campaignInput(p.listId ? [] : numbers, { ...(p.listId ? { from: undefined } : {}), schedule });
      const create = createItem(p.accountId, key, input, listFromItem ? { dependsOn: listFromItem, listFromItem } : {});
      out.push({ id: enqueue(create).id, item: create });
      first += numbers.length;
    });
    return out;
  });
}
