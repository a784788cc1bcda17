import { createStore } from '../../lib/create-store';
import type { ActivityEntry } from '../../../shared/activity/schemas';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface ActivityStore {
  entries: ActivityEntry[];
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
  follow: () => () => void;
}

export const activityInitial = { entries: [] as ActivityEntry[], loaded: false, error: null };

const LIMIT = 300;

export const useActivity = createStore<ActivityStore>()((set) => ({
  ...activityInitial,
  load: async () => {
    try {
      set({ entries: await call(desk().activity.list({ limit: LIMIT })), loaded: true, error: null });
    } catch (cause) {
      set({ loaded: true, error: toApiError(cause).message });
    }
  },
  follow: () => {
    // Every finished job and account change leaves a line; fetch the new lines when they happen.
    const reload = () => void useActivity.getState().load();
    const offJob = onEvent('job:finished', reload);
    const offAccounts = onEvent('accounts:changed', reload);
    // A settled outbox item leaves a line too.
    const offOutbox = onEvent('outbox:changed', (item) => {
      if (item.state === 'done' || item.state === 'failed') reload();
    });
    return () => {
      offJob();
      offAccounts();
      offOutbox();
    };
  },
}));
