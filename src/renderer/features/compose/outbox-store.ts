import { create } from 'zustand';
import type { OutboxItemView } from '../../../shared/compose/outbox';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface OutboxState {
  items: OutboxItemView[];
  loadError: string | null;
  load: () => Promise<void>;
  /** Loads the items and follows their changes; returns the unsubscribe. */
  follow: () => () => void;
}

export const outboxInitial = { items: [], loadError: null };

function upsert(items: OutboxItemView[], item: OutboxItemView): OutboxItemView[] {
  const at = items.findIndex((i) => i.id === item.id);
  if (at === -1) return [item, ...items];
  const next = [...items];
  next[at] = item;
  return next;
}

export const useOutbox = create<OutboxState>()((set, get) => ({
  ...outboxInitial,

  load: async () => {
    try {
      const items = await call(desk().outbox.list());
      set({ items, loadError: null });
    } catch (cause) {
      set({ loadError: toApiError(cause).message });
    }
  },

  follow: () => {
    void get().load();
    return onEvent('outbox:changed', (item) => set({ items: upsert(get().items, item) }));
  },
}));

/** A launched campaign waits this long for the next sync to bring Exotel's copy before its line goes. */
const DONE_LINGER_MS = 10 * 60_000;

/** Launches the Campaigns list shows before Exotel's campaign takes their place. */
export function launchesToShow(items: OutboxItemView[], accountId: string | null, knownCampaignIds: ReadonlySet<string>, now = Date.now()): OutboxItemView[] {
  return items.filter((i) => {
    if (i.kind !== 'campaign-create' || i.accountId !== accountId) return false;
    if (i.state !== 'done') return true;
    const known = i.campaignId !== null && knownCampaignIds.has(i.campaignId);
    return !known && now - Date.parse(i.updatedAt) < DONE_LINGER_MS;
  });
}
