import type { Section } from './nav-store';

const PATHS: Record<Section, string> = {
  campaigns: 'M4 10v4h3l5 4V6L7 10H4zm12.5 2a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  contacts: 'M4 5h16v2H4V5zm0 6h16v2H4v-2zm0 6h10v2H4v-2zm13 0h3v2h-3v-2z',
  activity: 'M3 12h4l3-8 4 16 3-8h4v2h-2.6L14 22 10 6.5 8.4 14H3z',
  accounts: 'M12 12a4 4 0 1 0-4-4 4 4 0 0 0 4 4zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5z',
};

export function SectionIcon({ section }: { section: Section }) {
  return (
    <svg className="rail-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[section]} fill="currentColor" />
    </svg>
  );
}
