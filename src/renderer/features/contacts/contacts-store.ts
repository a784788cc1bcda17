import { createStore } from '../../lib/create-store';
import type { ContactListView } from '../../../shared/contacts/schemas';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface ContactsState {
  lists: ContactListView[];
  loaded: boolean;
  loadError: string | null;
  selectedId: string | null;
  select: (id: string | null) => void;
  load: () => Promise<void>;
  refresh: (id: string) => Promise<void>;
  rename: (id: string, name: string) => Promise<ContactListView>;
  remove: (id: string) => Promise<void>;
  follow: () => () => void;
}

export const contactsInitial = {
  lists: [] as ContactListView[],
  loaded: false,
  loadError: null,
  selectedId: null,
};

function newestFirst(lists: ContactListView[]): ContactListView[] {
  return [...lists].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const useContacts = createStore<ContactsState>()((set, get) => {
  const put = (list: ContactListView) => {
    const others = get().lists.filter((l) => l.id !== list.id);
    set({ lists: newestFirst([...others, list]) });
  };

  return {
    ...contactsInitial,
    select: (id) => set({ selectedId: id }),
    load: async () => {
      try {
        set({ lists: newestFirst(await call(desk().contacts.all())), loaded: true, loadError: null });
      } catch (cause) {
        set({ loaded: true, loadError: toApiError(cause).message });
      }
    },
    refresh: async (id) => {
      try {
        put(await call(desk().contacts.get({ id })));
      } catch (cause) {
        if (toApiError(cause).code === 'not-found') {
          set({ lists: get().lists.filter((l) => l.id !== id), selectedId: get().selectedId === id ? null : get().selectedId });
        }
      }
    },
    rename: async (id, name) => {
      const list = await call(desk().contacts.rename({ id, name }));
      put(list);
      return list;
    },
    remove: async (id) => {
      await call(desk().contacts.delete({ id }));
      set({ lists: get().lists.filter((l) => l.id !== id), selectedId: get().selectedId === id ? null : get().selectedId });
    },
    follow: () => {
      void get().load();
      return onEvent('contacts:changed', ({ listId }) => {
        if (listId) void get().refresh(listId);
        else void get().load();
      });
    },
  };
});

export function useSelectedList(): ContactListView | null {
  return useContacts((s) => s.lists.find((l) => l.id === s.selectedId) ?? null);
}
