import { createStore } from '../lib/create-store';

export type Section = 'campaigns' | 'contacts' | 'activity' | 'accounts';

export const SECTIONS: { id: Section; label: string; key: string }[] = [
  { id: 'campaigns', label: 'Campaigns', key: 'C' },
  { id: 'contacts', label: 'Contacts', key: 'L' },
  { id: 'activity', label: 'Activity', key: 'A' },
  { id: 'accounts', label: 'Accounts', key: 'K' },
];

interface NavState {
  section: Section;
  go: (section: Section) => void;
}

export const navInitial = { section: 'campaigns' as Section };

export const useNav = createStore<NavState>()((set) => ({
  ...navInitial,
  go: (section) => set({ section }),
}));
