import { createStore } from '../../lib/create-store';
import { mergeItem } from '../../../shared/outbox/merge';
import type { OutboxDecision, OutboxItemView } from '../../../shared/outbox/schemas';
import { isPending } from '../../../shared/outbox/states';
import { useNetwork } from '../../app/network-store';
import { call, desk, onEvent, toApiError } from '../../lib/api';
import { useAccounts } from '../accounts/accounts-store';

interface OutboxStore {
  /** The active account's items, newest first. */
  items: OutboxItemView[];
  loaded: boolean;
  error: string | null;
  /** The launch made from this window last: the Campaigns screen shows it, then opens its campaign. */
  followed: string | null;
  load: () => Promise<void>;
  decide: (id: string, decision: OutboxDecision, sendAt?: string) => Promise<void>;
  /** Loads the items and follows their changes; returns the unsubscribe. */
  follow: () => () => void;
  /** Takes in a copy a call returned, unless a change event already brought a later one. */
  remember: (item: OutboxItemView) => void;
  followLaunch: (id: string | null) => void;
}

export const outboxInitial = { items: [] as OutboxItemView[], loaded: false, error: null, followed: null };

/** The items as the screens see them, with the status bar's count of those still on their way kept in step. */
function publish(items: OutboxItemView[]): Pick<OutboxStore, 'items'> {
  useNetwork.getState().setQueued(items.filter(isPending).length);
  return { items };
}

/** The one outbox of the window: Activity lists it, Compose and Campaigns queue into it and show what they queued. */
export const useOutbox = createStore<OutboxStore>()((set, get) => ({
  ...outboxInitial,
  load: async () => {
    try {
      set({ ...publish(await call(desk().outbox.list())), loaded: true, error: null });
    } catch (cause) {
      set({ loaded: true, error: toApiError(cause).message });
    }
  },
  decide: async (id, decision, sendAt) => {
    get().remember(await call(desk().outbox.decide({ id, decision, sendAt })));
  },
  follow: () => {
    void get().load();
    const offChanged = onEvent('outbox:changed', (item) => {
      if (item.accountId !== useAccounts.getState().activeId) return;
      get().remember(item);
    });
    // Another account's outbox is another list.
    const offAccounts = onEvent('accounts:changed', () => void get().load());
    return () => {
      offChanged();
      offAccounts();
    };
  },
  remember: (item) => set(publish(mergeItem(get().items, item))),
  followLaunch: (followed) => set({ followed }),
}));
