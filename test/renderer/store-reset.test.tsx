/// <reference types="vite/client" />
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useToasts } from '../../src/renderer/components/toast-store';
import { resetAllStores } from '../../src/renderer/lib/create-store';

interface AnyStore {
  getState: () => object;
  getInitialState: () => object;
  setState: (partial: object) => void;
}

const isStore = (value: unknown): value is AnyStore =>
  typeof value === 'function' && 'getState' in value && 'getInitialState' in value && 'setState' in value;

// Every module that holds a store, found by its name, so a store added later is checked without a list to update.
const modules = import.meta.glob<Record<string, unknown>>('../../src/renderer/**/*-store.ts', { eager: true });
const stores = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, AnyStore] => isStore(entry[1]))
    .map(([name, store]) => ({ name: `${path.replace('../../src/renderer/', '')} ${name}`, store })),
);

describe('a fresh window', () => {
  it('finds the stores to check', () => {
    expect(stores.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringMatching(/campaigns-store\.ts useCampaigns$/)]));
  });

  it.each(stores)('starts from $name as it was made', ({ store }) => {
    store.setState({ leftOver: 'from an earlier window' });
    expect(store.getState()).toHaveProperty('leftOver');
    resetAllStores();
    expect(store.getState()).toEqual(store.getInitialState());
    expect(store.getState()).not.toHaveProperty('leftOver');
  });

  it('numbers its toasts from the first again', () => {
    const first = useToasts.getState().push({ tone: 'info', title: 'One' });
    useToasts.getState().push({ tone: 'info', title: 'Two' });
    resetAllStores();
    expect(useToasts.getState().toasts).toEqual([]);
    expect(useToasts.getState().push({ tone: 'info', title: 'Three' })).toBe(first);
  });
});
