/** What the outbox is given by the composition root, and what a caller waiting on an item hears back. */
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { ExotelClient } from '../../exotel';
import type { AccountRecord } from '../../store/accounts-repo';
import type { NewActivity } from '../../store/activity-repo';
import type { OutboxRepo, OutboxResult } from '../../store/outbox-repo';
import type { ContactsSender } from '../contacts/contacts-sender';
import type { Timers } from './outbox-view';

export interface OutboxDeps {
  repo: OutboxRepo;
  accounts: { get(id: string): AccountRecord | null };
  access: { clientFor(account: AccountRecord): Promise<ExotelClient> };
  network: { reaches(account: Pick<AccountRecord, 'kind'>): boolean; onChange(listener: (online: boolean) => void): () => void };
  lists: Pick<ContactsSender, 'send'>;
  activity: { add(entry: NewActivity): void };
  /** Told of every change of every item (the window's `outbox:changed`). */
  emit(view: OutboxItemView): void;
  now?: () => number;
  timers?: Timers;
  /** How long to wait after an unknown outcome before looking, so a request still on its way is counted; default 3 s. */
  settleDelayMs?: number;
  /** The user's offset from UTC in minutes, for times in questions; default the machine's. */
  localOffsetMinutes?: () => number;
}

/** An item that is done, failed or waiting for the user, and what it produced. */
export interface Settled {
  view: OutboxItemView;
  result: OutboxResult | null;
}
