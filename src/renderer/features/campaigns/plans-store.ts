import { createStore } from '../../lib/create-store';
import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import type { PlanView } from '../../../shared/plans/schemas';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface PlansState {
  /** The active account's plans of daily runs; null before the first read. */
  plans: PlanView[] | null;
  loadError: string | null;
  /** The plan open in the detail pane; null when a single campaign (or nothing) is open. */
  selectedId: string | null;
  /** The open plan's numbers over time, its days' snapshots joined. */
  progress: StatSnapshot[];
  load: () => Promise<void>;
  select: (id: string | null) => Promise<void>;
  /** Loads the plans and reads them again whenever campaigns or their launches change; returns the unsubscribe. */
  follow: () => () => void;
}

export const plansInitial = { plans: null, loadError: null, selectedId: null, progress: [] };

export const usePlans = createStore<PlansState>()((set, get) => ({
  ...plansInitial,

  load: async () => {
    try {
      const plans = await call(desk().plans.list());
      const { selectedId } = get();
      const keep = selectedId !== null && plans.some((p) => p.id === selectedId);
      set({ plans, loadError: null, ...(keep ? {} : { selectedId: null, progress: [] }) });
      if (keep) await get().select(selectedId);
    } catch (cause) {
      set({ loadError: toApiError(cause).message });
    }
  },

  select: async (id) => {
    if (id !== get().selectedId) set({ selectedId: id, progress: [] });
    if (!id) return;
    try {
      const progress = await call(desk().plans.progress({ id }));
      if (get().selectedId === id) set({ progress });
    } catch (cause) {
      if (get().selectedId === id) set({ loadError: toApiError(cause).message });
    }
  },

  follow: () => {
    const reload = () => void get().load();
    // The same moments the campaigns list reads again, plus a day's create or action changing state in the outbox.
    const offs = [
      onEvent('campaigns:changed', reload),
      onEvent('job:finished', (done) => {
        if ((done.kind === 'sync' || done.kind === 'calls') && done.outcome !== 'failed') reload();
      }),
      onEvent('accounts:changed', reload),
      onEvent('network:changed', reload),
      onEvent('outbox:changed', (item) => {
        if (item.kind === 'campaign-create' || item.kind === 'campaign-action') reload();
      }),
    ];
    reload();
    return () => offs.forEach((off) => off());
  },
}));
