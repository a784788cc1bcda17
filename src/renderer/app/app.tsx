import { Suspense, useEffect } from 'react';
import { lazyPart, PartLoading, warmLazyParts } from '../components/lazy-part';
import { ScreenBoundary } from '../components/screen-boundary';
import { Toaster } from '../components/toaster';
import { CampaignsPage } from '../features/campaigns/campaigns-page';
import { useFileDrop } from '../features/contacts/use-file-drop';
import { NavRail } from './nav-rail';
import { useNav } from './nav-store';
import { StatusBar } from './status-bar';
import { useAppStart } from './use-app-start';
import { useShortcuts } from './use-shortcuts';

// The first screen (Campaigns) is in the main bundle; the others load when opened.
const ContactsPage = lazyPart(() => import('../features/contacts/contacts-page').then((m) => m.ContactsPage));
const ActivityPage = lazyPart(() => import('../features/activity/activity-page').then((m) => m.ActivityPage));
const AccountsPage = lazyPart(() => import('../features/accounts/accounts-page').then((m) => m.AccountsPage));

export function App() {
  useAppStart();
  useShortcuts();
  const dropping = useFileDrop();
  const section = useNav((s) => s.section);
  useEffect(() => afterFirstPaint(warmLazyParts), []);

  return (
    <div className="shell">
      <NavRail />
      <main className="content" aria-label={section[0]?.toUpperCase() + section.slice(1)}>
        <ScreenBoundary key={section} screen={section}>
          <Suspense fallback={<PartLoading what={section} />}>
            {section === 'campaigns' ? <CampaignsPage /> : null}
            {section === 'contacts' ? <ContactsPage /> : null}
            {section === 'activity' ? <ActivityPage /> : null}
            {section === 'accounts' ? <AccountsPage /> : null}
          </Suspense>
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

/** Runs `work` once the browser is idle after the first screen, so it never competes with it. */
function afterFirstPaint(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}
