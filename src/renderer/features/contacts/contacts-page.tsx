import { Suspense } from 'react';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { lazyPart, PartLoading } from '../../components/lazy-part';
import { shortcutLabel } from '../../lib/keys';
import { useImport } from './import-store';
import { ListDetail } from './list-detail';
import { ListMaster } from './list-master';
import { useContacts, useSelectedList } from './contacts-store';
import { ErrorBanner } from '../../components/error-notice';

const ImportWizard = lazyPart(() => import('./import-wizard').then((m) => m.ImportWizard));

export function ContactsPage() {
  const importing = useImport((s) => s.step !== 'idle');
  const chooseFile = useImport((s) => s.chooseFile);
  const list = useSelectedList();
  const hasLists = useContacts((s) => s.lists.length > 0);
  const loadError = useContacts((s) => s.loadError);

  let pane;
  if (importing) pane = <ImportWizard />;
  else if (list) pane = <ListDetail key={list.id} list={list} />;
  else
    pane = (
      <EmptyState
        icon="⇪"
        title={hasLists ? 'Pick a contact list' : 'Import a sheet to start'}
        actions={
          <Button variant="primary" onClick={() => void chooseFile()}>
            Choose file
          </Button>
        }
      >
        <p>
          Drop a CSV sheet from Excel or Google Sheets anywhere on this window, or press {shortcutLabel('O')}. Campaign Desk checks every
          number, marks duplicates and problems in plain words, and keeps the list here for your campaigns, even offline.
        </p>
      </EmptyState>
    );

  return (
    <div className="page split">
      <ListMaster />
      <div className="pane">
        <ErrorBanner message={loadError} lead="Could not load contact lists:" />
        <Suspense fallback={<PartLoading what="the import" />}>{pane}</Suspense>
      </div>
    </div>
  );
}
