import { create } from 'zustand';
import { call, desk, onEvent } from '../lib/api';

interface NetworkStore {
  online: boolean;
  lastSyncAt: string | null;
  /** Writes waiting in the outbox; shown in the status bar and explained in Activity. */
  queued: number;
  setQueued: (queued: number) => void;
  start: () => () => void;
}

export const networkInitial = { online: true, lastSyncAt: null, queued: 0 };

export const useNetwork = create<NetworkStore>()((set) => ({
  ...networkInitial,
  setQueued: (queued) => set({ queued }),
  start: () => {
    const off = onEvent('network:changed', (state) => set({ online: state.online, lastSyncAt: state.lastSyncAt }));
    void call(desk().network.status())
      .then((state) => set({ online: state.online, lastSyncAt: state.lastSyncAt }))
      .catch(() => undefined);
    return off;
  },
}));
