import { createStore } from '../../lib/create-store';
import type { CallingHours } from '../../../shared/compose/calling-hours';
import type {
  AccountCreateInput,
  AccountsState,
  AccountUpdateInput,
  AccountView,
  ConnectionTestResult,
  KeychainStatus,
} from '../../../shared/accounts/schemas';
import { call, desk, onEvent, toApiError } from '../../lib/api';

interface AccountsStore {
  accounts: AccountView[];
  activeId: string | null;
  loaded: boolean;
  loadError: string | null;
  keychain: KeychainStatus | null;
  /** The account shown in the detail pane, or 'new' while adding one. */
  selectedId: string | 'new' | null;
  testing: Record<string, boolean>;
  select: (id: string | 'new' | null) => void;
  load: () => Promise<void>;
  setActive: (id: string) => Promise<void>;
  create: (input: AccountCreateInput) => Promise<AccountView>;
  update: (input: AccountUpdateInput) => Promise<AccountView>;
  remove: (id: string) => Promise<void>;
  /** null returns the account to its country's default hours. */
  setHours: (id: string, hours: CallingHours | null) => Promise<AccountView>;
  test: (id: string) => Promise<ConnectionTestResult>;
  follow: () => () => void;
}

export const accountsInitial = {
  accounts: [] as AccountView[],
  activeId: null,
  loaded: false,
  loadError: null,
  keychain: null,
  selectedId: null,
  testing: {},
};

export const useAccounts = createStore<AccountsStore>()((set, get) => {
  const apply = (state: AccountsState) => {
    const selected = get().selectedId;
    const stillThere = selected === 'new' || state.accounts.some((a) => a.id === selected);
    set({
      accounts: state.accounts,
      activeId: state.activeId,
      loaded: true,
      loadError: null,
      selectedId: stillThere ? selected : state.activeId,
    });
  };
  const replace = (account: AccountView) => {
    const exists = get().accounts.some((a) => a.id === account.id);
    set({
      accounts: exists ? get().accounts.map((a) => (a.id === account.id ? account : a)) : [...get().accounts, account],
    });
  };

  return {
    ...accountsInitial,
    select: (id) => set({ selectedId: id }),
    load: async () => {
      try {
        apply(await call(desk().accounts.list()));
      } catch (cause) {
        set({ loaded: true, loadError: toApiError(cause).message });
      }
      try {
        set({ keychain: await call(desk().keychain.status()) });
      } catch (cause) {
        set({ keychain: { available: false, message: toApiError(cause).message } });
      }
    },
    setActive: async (id) => apply(await call(desk().accounts.setActive({ id }))),
    create: async (input) => {
      const account = await call(desk().accounts.create(input));
      replace(account);
      set({ selectedId: account.id });
      return account;
    },
    setHours: async (id, hours) => {
      const account = await call(desk().accounts.setHours({ id, hours }));
      replace(account);
      return account;
    },
    update: async (input) => {
      const account = await call(desk().accounts.update(input));
      replace(account);
      return account;
    },
    remove: async (id) => {
      apply(await call(desk().accounts.remove({ id })));
    },
    test: async (id) => {
      set({ testing: { ...get().testing, [id]: true } });
      try {
        const result = await call(desk().accounts.test({ id }));
        const account = get().accounts.find((a) => a.id === id);
        if (account) replace({ ...account, lastTest: result });
        return result;
      } finally {
        const testing = { ...get().testing };
        delete testing[id];
        set({ testing });
      }
    },
    follow: () => {
      void get().load();
      return onEvent('accounts:changed', apply);
    },
  };
});

export function useActiveAccount(): AccountView | null {
  return useAccounts((s) => s.accounts.find((a) => a.id === s.activeId) ?? null);
}

export function regionLabel(account: Pick<AccountView, 'region' | 'host' | 'kind'>): string {
  if (account.kind === 'sandbox') return 'Simulator';
  if (account.region === 'singapore') return 'Singapore';
  if (account.region === 'mumbai') return 'Mumbai';
  return account.host.replace(/^https?:\/\//, '');
}
