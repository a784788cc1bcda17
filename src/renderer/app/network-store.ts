import { createStore } from '../lib/create-store';
import type { NetworkState } from '../../shared/ipc/channels/app';
import { call, desk, onEvent } from '../lib/api';

interface NetworkStore {
  online: boolean;
  /** The Sandbox's "Pretend to be offline" is on. */
  pretendOffline: boolean;
  lastSyncAt: string | null;
  /** Writes waiting in the outbox; shown in the status bar and explained in Activity. */
  queued: number;
  setQueued: (queued: number) => void;
  setPretendOffline: (on: boolean) => Promise<void>;
  follow: () => () => void;
}

export const networkInitial = { online: true, pretendOffline: false, lastSyncAt: null, queued: 0 };

const take = (state: NetworkState) => ({
  online: state.online,
  pretendOffline: state.pretendOffline ?? false,
  lastSyncAt: state.lastSyncAt,
});

export const useNetwork = createStore<NetworkStore>()((set) => ({
  ...networkInitial,
  setQueued: (queued) => set({ queued }),
  setPretendOffline: async (on) => set(take(await call(desk().network.pretendOffline({ on })))),
  follow: () => {
    const off = onEvent('network:changed', (state) => set(take(state)));
    void call(desk().network.status())
      .then((state) => set(take(state)))
      .catch(() => undefined);
    return off;
  },
}));
