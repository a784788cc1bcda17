import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';

// Every store the window makes, so a fresh window's state can be had back without a list to keep up to date.
const resets: Array<() => void> = [];

/**
 * zustand's `create`, for every store in the renderer: the store is also remembered, so `resetAllStores` finds it.
 * A store keeps all its state (timers, counters, sequence numbers) in the store, never beside it in the module,
 * so a reset leaves nothing behind.
 */
export function createStore<T>(): (initializer: StateCreator<T, [], []>) => UseBoundStore<StoreApi<T>> {
  return (initializer) => {
    const store = create<T>()(initializer);
    resets.push(() => store.setState(store.getInitialState(), true));
    return store;
  };
}

/** Puts every store back to the state it was created with: what a freshly opened window holds. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}
