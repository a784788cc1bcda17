import { createStore } from '../../lib/create-store';
import type { DraftSummary } from '../../../shared/compose/draft';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface DraftsState {
  drafts: DraftSummary[];
  loadError: string | null;
  load: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Loads the drafts and follows their changes; returns the unsubscribe. */
  follow: () => () => void;
}

export const draftsInitial = { drafts: [], loadError: null };

export const useDrafts = createStore<DraftsState>()((set, get) => ({
  ...draftsInitial,

  load: async () => {
    try {
      const all = await call(desk().drafts.list());
      // A launched draft lives on as its campaign; the list keeps only work still being written.
      set({ drafts: all.filter((d) => d.launchedItemId === null), loadError: null });
    } catch (cause) {
      set({ loadError: toApiError(cause).message });
    }
  },

  remove: async (id) => {
    await call(desk().drafts.delete({ id }));
    set({ drafts: get().drafts.filter((d) => d.id !== id) });
  },

  follow: () => {
    void get().load();
    const offDrafts = onEvent('drafts:changed', () => void get().load());
    const offAccounts = onEvent('accounts:changed', () => void get().load());
    return () => {
      offDrafts();
      offAccounts();
    };
  },
}));
