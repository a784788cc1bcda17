import { createStore } from '../../lib/create-store';
import type { OutboxDecision, OutboxItemView } from '../../../shared/compose/outbox';
import { useNetwork } from '../../app/network-store';
import { call, desk, onEvent, toApiError } from '../../lib/api';
import { mergeItem } from '../../lib/outbox-items';
import { useAccounts } from '../accounts/accounts-store';

interface OutboxStore {
  /** The active account's items, newest first. */
  items: OutboxItemView[];
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
  decide: (id: string, decision: OutboxDecision, sendAt?: string) => Promise<void>;
  start: () => () => void;
}

export const outboxInitial = { items: [] as OutboxItemView[], loaded: false, error: null };

/** Items still on their way: what the status bar counts. */
export function isPending(item: OutboxItemView): boolean {
  return item.state === 'queued' || item.state === 'sending' || item.state === 'needs-confirmation';
}

function publish(items: OutboxItemView[]): Partial<OutboxStore> {
  useNetwork.getState().setQueued(items.filter(isPending).length);
  return { items };
}

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
    const item = await call(desk().outbox.decide({ id, decision, sendAt }));
    set(publish(get().items.some((i) => i.id === item.id) ? mergeItem(get().items, item) : get().items));
  },
  start: () => {
    void get().load();
    const offChanged = onEvent('outbox:changed', (item) => {
      if (item.accountId !== useAccounts.getState().activeId) return;
      set(publish(mergeItem(get().items, item)));
    });
    // Another account's outbox is another list.
    const offAccounts = onEvent('accounts:changed', () => void get().load());
    return () => {
      offChanged();
      offAccounts();
    };
  },
}));
