import { createStore } from '../lib/create-store';

export type ToastTone = 'ok' | 'bad' | 'warn' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message?: string;
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  /** The id the next toast gets; in the store so a fresh window counts from 1 again. */
  nextId: number;
  push: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
}

/** More than this many at once is a pile nobody reads; the oldest leaves first (Activity keeps every ending). */
export const MAX_TOASTS = 2;

/**
 * How long a toast stays unless the pointer or focus is on it. Every toast leaves by itself: a failure
 * stays longer, and its line in Activity keeps it after that.
 */
export function toastLifetimeMs(tone: ToastTone): number {
  return tone === 'bad' ? 12_000 : 6_000;
}

export const useToasts = createStore<ToastState>()((set, get) => ({
  toasts: [],
  nextId: 1,
  push: (toast) => {
    const id = get().nextId;
    // The same event told twice (a retry, a second click) replaces its toast instead of stacking another.
    const others = get().toasts.filter((t) => t.title !== toast.title);
    set({ toasts: [...others, { ...toast, id }].slice(-MAX_TOASTS), nextId: id + 1 });
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export function toast(tone: ToastTone, title: string, message?: string, action?: Toast['action']): number {
  return useToasts.getState().push({ tone, title, message, action });
}
