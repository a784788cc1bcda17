import { ScreenBoundary } from '../components/screen-boundary';
import { Toaster } from '../components/toaster';
import { AccountsPage } from '../features/accounts/accounts-page';
import { ActivityPage } from '../features/activity/activity-page';
import { CampaignsPage } from '../features/campaigns/campaigns-page';
import { useFileDrop } from '../features/imports/use-file-drop';
import { ContactsPage } from '../features/lists/contacts-page';
import { NavRail } from './nav-rail';
import { useNav } from './nav-store';
import { StatusBar } from './status-bar';
import { useAppStart } from './use-app-start';
import { useShortcuts } from './use-shortcuts';

export function App() {
  useAppStart();
  useShortcuts();
  const dropping = useFileDrop();
  const section = useNav((s) => s.section);

  return (
    <div className="shell">
      <NavRail />
      <main className="content" aria-label={section[0]?.toUpperCase() + section.slice(1)}>
        <ScreenBoundary key={section} screen={section}>
          {section === 'campaigns' ? <CampaignsPage /> : null}
          {section === 'contacts' ? <ContactsPage /> : null}
          {section === 'activity' ? <ActivityPage /> : null}
          {section === 'accounts' ? <AccountsPage /> : null}
        </ScreenBoundary>
      </main>
      <StatusBar />
      <Toaster />
      {dropping ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <div className="dropzone-icon">⇪</div>
            Drop the sheet to import it
          </div>
        </div>
      ) : null}
    </div>
  );
}
