import { createStore } from '../../lib/create-store';
import type { OutboxItemView } from '../../../shared/compose/outbox';
import { call, desk, onEvent, toApiError } from '../../lib/api';
import { mergeItem } from '../../lib/outbox-items';

interface OutboxState {
  items: OutboxItemView[];
  loadError: string | null;
  load: () => Promise<void>;
  /** Loads the items and follows their changes; returns the unsubscribe. */
  follow: () => () => void;
  /** Takes in a copy a call returned, unless a change event already brought a later one. */
  remember: (item: OutboxItemView) => void;
  /** The launch made from this window last: the Campaigns screen shows it, then opens its campaign. */
  followed: string | null;
  followLaunch: (id: string | null) => void;
}

export const outboxInitial = { items: [], loadError: null, followed: null };

export const useOutbox = createStore<OutboxState>()((set, get) => ({
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
    return onEvent('outbox:changed', (item) => set({ items: mergeItem(get().items, item) }));
  },

  remember: (item) => set({ items: mergeItem(get().items, item) }),
  followLaunch: (followed) => set({ followed }),
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
