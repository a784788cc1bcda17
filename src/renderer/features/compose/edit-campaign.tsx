import { lazy, Suspense, useState } from 'react';
import { editWindow } from '../../../shared/compose/campaign-edit';
import type { Campaign } from '../../../shared/exotel';
import { Button } from '../../components/button';
import { useCompose } from './compose-store';

// The dialog is rarely opened: it loads then, keeping the campaign's detail quick to open.
const CallbacksDialog = lazy(() => import('./edit-callbacks'));

/**
 * "Edit" on a campaign on Exotel. Before its start it opens the composer on the campaign as it is, saving changes
 * instead of launching; after its start Exotel lets only the three report addresses change, so it opens a small
 * dialog with those; a finished campaign cannot change, and the button says why.
 */
export function EditCampaign({ campaign }: { campaign: Campaign }) {
  const beginDraft = useCompose((s) => s.beginDraft);
  const [open, setOpen] = useState(false);
  const rule = editWindow(campaign, new Date());
  if (rule.kind === 'none') {
    return (
      <span className="edit-disabled" title={rule.reason}>
        <Button size="sm" disabled aria-describedby={`edit-why-${campaign.id}`}>
          Edit
        </Button>
        <span id={`edit-why-${campaign.id}`} className="visually-hidden">
          {rule.reason}
        </span>
      </span>
    );
  }
  if (rule.kind === 'all') {
    return (
      <Button
        size="sm"
        title="Change anything before the campaign starts"
        onClick={() => void beginDraft({ kind: 'edit', campaignId: campaign.id })}
      >
        Edit
      </Button>
    );
  }
  return (
    <>
      <Button size="sm" title={rule.reason} onClick={() => setOpen(true)}>
        Edit
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <CallbacksDialog campaign={campaign} note={rule.reason} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
