import type { OutboxDecision, OutboxItemView } from '../../../shared/outbox/schemas';
import type { NewOutboxItem } from '../../../shared/outbox/queued-item';

export type { CreatePayload, NewOutboxItem, UpdatePayload } from '../../../shared/outbox/queued-item';

/** What other services ask of the outbox. Every write to Exotel goes through it. */
export interface OutboxPort {
  /** Stores the item (queued) and starts draining when the account can be reached. Never sends twice. */
  enqueue(item: NewOutboxItem): OutboxItemView;
  /**
   * Queues several items as one: `build` enqueues them (and may store what records them) in one transaction,
   * and none is sent before all are stored. A throw in `build` stores none of them.
   */
  enqueueAll<T>(build: (enqueue: (item: NewOutboxItem) => OutboxItemView) => T): T;
  get(id: string): OutboxItemView | null;
  list(accountId: string): OutboxItemView[];
  decide(id: string, decision: OutboxDecision, sendAt?: string): Promise<OutboxItemView>;
}
