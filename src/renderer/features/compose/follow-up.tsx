import { useEffect, useState } from 'react';
import type { FollowUpCounts } from '../../../shared/compose/draft';
import { isFinalCampaignStatus, type CampaignStatus, type RetryOnStatus } from '../../../shared/exotel';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { call, desk, toApiError } from '../../lib/api';
import { countOf } from '../../lib/format';
import { useCompose } from './compose-store';
import './follow-up.css';
import { FormError } from '../../components/error-notice';

const OUTCOMES: { value: RetryOnStatus; label: string }[] = [
  { value: 'busy', label: 'Busy' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'failed', label: 'Failed' },
];

/** "Call again those not reached", offered once a campaign is paused or over. */
export function FollowUpButton({ campaignId, name, status }: { campaignId: string; name: string; status: CampaignStatus }) {
  const [open, setOpen] = useState(false);
  if (status !== 'paused' && !isFinalCampaignStatus(status)) return null;
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        Call again those not reached
      </Button>
      {open ? <FollowUpDialog campaignId={campaignId} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function FollowUpDialog({ campaignId, name, onClose }: { campaignId: string; name: string; onClose: () => void }) {
  const beginDraft = useCompose((s) => s.beginDraft);
  const [counts, setCounts] = useState<FollowUpCounts | null>(null);
  const [chosen, setChosen] = useState<RetryOnStatus[]>(['busy', 'no-answer']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(desk().drafts.followUpCounts({ campaignId })).then(setCounts, (cause: unknown) => setError(toApiError(cause).message));
  }, [campaignId]);

  const total = counts ? chosen.reduce((sum, o) => sum + counts[o], 0) : 0;
  const toggle = (value: RetryOnStatus, on: boolean) => setChosen((c) => (on ? [...c, value] : c.filter((v) => v !== value)));
  const go = async () => {
    setBusy(true);
    setError(null);
    const id = await beginDraft({ kind: 'follow-up', campaignId, outcomes: chosen });
    if (id) onClose();
    else {
      setError(useCompose.getState().openError ?? 'The follow-up could not be started.');
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Call again those not reached by “${name}”`}
      onClose={busy ? () => undefined : onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void go()} busy={busy} disabled={!counts || total === 0}>
            {`Start a draft for ${countOf(total, 'number')}`}
          </Button>
        </>
      }
    >
      <p>
        Numbers whose last call ended this way go into a new draft, with this campaign’s message and settings. Nothing is called until you
        launch it.
      </p>
      <fieldset className="follow-up-outcomes">
        <legend>Call again the numbers whose last call was</legend>
        {OUTCOMES.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} disabled={busy} />
            {o.label}
            <span className="muted num">{counts ? ` · ${countOf(counts[o.value], 'number')}` : ' · counting…'}</span>
          </label>
        ))}
      </fieldset>
      {counts ? (
        <p className="muted">
          {counts.listName
            ? `Their variables come from “${counts.listName}”, saved on this computer.`
            : 'The campaign’s list is not on this computer, so the numbers go without variables.'}
          {counts.complete ? '' : ' Not every call has been read from Exotel yet: sync the calls first to include them all.'}
        </p>
      ) : null}
      <FormError message={error} />
    </Dialog>
  );
}
