import { create } from 'zustand';

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
  push: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;
// Errors stay until dismissed: a failure must not vanish before someone has read it.
const AUTO_DISMISS_MS = 7000;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { ...toast, id }] });
    if (toast.tone !== 'bad') {
      setTimeout(() => get().dismiss(id), AUTO_DISMISS_MS);
    }
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export function toast(tone: ToastTone, title: string, message?: string, action?: Toast['action']): number {
  return useToasts.getState().push({ tone, title, message, action });
}
