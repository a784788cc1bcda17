import { createStore } from '../../lib/create-store';
import type { CampaignDetailView, CampaignListView } from '../../../shared/campaigns/schemas';
import type { CallStatus } from '../../../shared/exotel';
import type { JobProgress } from '../../../shared/jobs/schemas';
import { useJobs } from '../../app/jobs-store';
import { call, desk, onEvent, toApiError } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';

/** A sync older than this is started on its own when the screen opens. */
const STALE_MS = 60_000;

interface CampaignsState {
  view: CampaignListView | null;
  loadError: string | null;
  query: string;
  selectedId: string | null;
  detail: CampaignDetailView | null;
  detailError: string | null;
  /** Call outcomes the calls table is filtered to; empty for all calls. */
  filter: CallStatus[];
  refreshJobId: string | null;
  progress: JobProgress | null;
  refreshError: string | null;
  /** Counts reads of calls (a calls sync, a background refresh), so an open calls table reads afresh. */
  callsVersion: number;
  load: () => Promise<void>;
  select: (id: string | null) => Promise<void>;
  setQuery: (query: string) => void;
  setFilter: (filter: CallStatus[]) => void;
  refresh: () => Promise<void>;
  /** Loads the cache, syncs when it is stale, and follows jobs and account changes; returns the unsubscribe. */
  follow: () => () => void;
}

export const campaignsInitial = {
  view: null,
  loadError: null,
  query: '',
  selectedId: null,
  detail: null,
  detailError: null,
  filter: [],
  refreshJobId: null,
  progress: null,
  refreshError: null,
  callsVersion: 0,
};

export const useCampaigns = createStore<CampaignsState>()((set, get) => ({
  ...campaignsInitial,

  load: async () => {
    try {
      const view = await call(desk().campaigns.list());
      const accountChanged = get().view?.accountId !== view.accountId;
      set({ view, loadError: null });
      // The launch made here opens its campaign as soon as Exotel's copy is in the list.
      const outbox = useOutbox.getState();
      const landed = outbox.items.find((i) => i.id === outbox.followed && i.state === 'done')?.campaignId ?? null;
      if (landed && view.campaigns.some((c) => c.id === landed)) {
        outbox.followLaunch(null);
        await get().select(landed);
        return;
      }
      const { selectedId } = get();
      const keep = !accountChanged && selectedId !== null && view.campaigns.some((c) => c.id === selectedId);
      await get().select(keep ? selectedId : (view.campaigns[0]?.id ?? null));
    } catch (cause) {
      set({ loadError: toApiError(cause).message });
    }
  },

  select: async (id) => {
    const changed = id !== get().selectedId;
    set(changed ? { selectedId: id, filter: [], detailError: null, detail: null } : { selectedId: id });
    if (!id) return;
    try {
      const detail = await call(desk().campaigns.get({ id }));
      if (get().selectedId === id) set({ detail, detailError: null });
    } catch (cause) {
      if (get().selectedId === id) set({ detailError: toApiError(cause).message });
    }
  },

  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),

  refresh: async () => {
    if (get().refreshJobId) return;
    set({ refreshError: null });
    try {
      const { jobId } = await call(desk().campaigns.refresh());
      // The status bar shows the job too; this screen reports how it ended, so no second notice.
      useJobs.getState().track(jobId, 'Syncing campaigns', 'sync', { quiet: true });
      // A sync with little to read can end before this call returned: its end was heard already, so take it now.
      const ended = useJobs.getState().finished[jobId];
      if (ended) {
        set({ refreshJobId: null, progress: null, refreshError: ended.outcome === 'failed' ? ended.message : null });
        void get().load();
        return;
      }
      set({ refreshJobId: jobId, progress: null });
    } catch (cause) {
      set({ refreshError: toApiError(cause).message });
    }
  },

  follow: () => {
    // A sync that ended while another screen was open was not heard here: take its end from the jobs it left.
    const pending = get().refreshJobId;
    if (pending && !useJobs.getState().running[pending]) {
      const ended = useJobs.getState().finished[pending];
      set({ refreshJobId: null, progress: null, refreshError: ended?.outcome === 'failed' ? ended.message : null });
    }
    const offProgress = onEvent('progress', (progress) => {
      if (progress.jobId === get().refreshJobId) set({ progress });
    });
    const offFinished = onEvent('job:finished', (done) => {
      if (done.jobId === get().refreshJobId) {
        set({ refreshJobId: null, progress: null, refreshError: done.outcome === 'failed' ? done.message : null });
        void get().load();
      } else if ((done.kind === 'sync' || done.kind === 'calls') && done.outcome !== 'failed') {
        set({ callsVersion: get().callsVersion + 1 });
        void get().load();
      }
    });
    const offChanged = onEvent('campaigns:changed', ({ accountId }) => {
      if (accountId !== get().view?.accountId) return;
      set({ callsVersion: get().callsVersion + 1 });
      void get().load();
    });
    const offAccounts = onEvent('accounts:changed', () => void get().load());
    const offNetwork = onEvent('network:changed', () => void get().load());
    void get()
      .load()
      .then(() => {
        const view = get().view;
        if (!view?.accountId || view.offline) return;
        const age = view.lastSyncedAt ? Date.now() - Date.parse(view.lastSyncedAt) : Infinity;
        if (age > STALE_MS) void get().refresh();
      });
    return () => {
      offProgress();
      offFinished();
      offAccounts();
      offNetwork();
      offChanged();
    };
  },
}));
