import { useNav } from '../../app/nav-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { shortcutLabel } from '../../lib/keys';
import { useImport } from '../contacts/import-store';

/** What Campaigns shows before there is any campaign: the first step is always a sheet. */
export function CampaignsEmpty() {
  const go = useNav((s) => s.go);
  const chooseFile = useImport((s) => s.chooseFile);
  return (
    <EmptyState
      icon="☏"
      title="Import a sheet to start"
      actions={
        <>
          <Button
            variant="primary"
            onClick={() => {
              go('contacts');
              void chooseFile();
            }}
          >
            Import a sheet
          </Button>
          <Button onClick={() => go('contacts')}>See contact lists</Button>
        </>
      }
    >
      <ol className="teach-steps">
        <li>
          <strong>Import a sheet</strong> of contacts (CSV from Excel or Google Sheets, or press {shortcutLabel('O')}). Every number is
          checked and problems are explained.
        </li>
        <li>
          <strong>Send the list to Exotel</strong> as a static or dynamic list.
        </li>
        <li>
          <strong>Launch a campaign</strong> on it and watch the calls complete here.
        </li>
      </ol>
      <p className="muted">The Sandbox account lets you try all of this without placing a real call.</p>
    </EmptyState>
  );
}
