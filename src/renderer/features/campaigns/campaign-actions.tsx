import { useId, useState } from 'react';
import { ACTION_WORDS, actionOffers } from '../../../shared/campaigns/actions';
import type { CampaignActionKind } from '../../../shared/outbox/schemas';
import type { Campaign } from '../../../shared/exotel';
import { useNav } from '../../app/nav-store';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { toApiError } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';
import { ActionConfirm } from './action-confirm';
import { queueCampaignAction } from './action-queue';
import { failedAction, pendingAction } from './action-state';
import './campaign-actions.css';
import { ErrorBanner } from '../../components/error-notice';

const HINTS: Record<CampaignActionKind, string> = {
  pause: 'Stops placing new calls; calls under way finish. Resume it later.',
  resume: 'Starts placing calls again where it stopped.',
  complete: 'Ends it for good: the numbers not called yet become failed.',
  archive: 'Moves it out of the way; its numbers and calls stay readable.',
  delete: 'Deletes it before it starts: none of its numbers are called.',
};

/** A button that cannot be used now and says why, to the pointer (title) and to a screen reader (description). */
function RefusedButton({ label, reason }: { label: string; reason: string }) {
  const id = useId();
  return (
    <>
      <Button
        size="sm"
        aria-disabled="true"
        className="is-refused"
        title={reason}
        aria-describedby={id}
        onClick={(e) => e.preventDefault()}
      >
        {label}
      </Button>
      <span id={id} className="visually-hidden">
        {reason}
      </span>
    </>
  );
}

/** What can be done to the campaign in its state (pause, resume, complete, archive, delete), and how the last request is going. */
export function CampaignActions({ campaign, syncedAt, offline }: { campaign: Campaign; syncedAt: string | null; offline: boolean }) {
  const items = useOutbox((s) => s.items);
  const go = useNav((s) => s.go);
  const [confirming, setConfirming] = useState<'complete' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const pending = pendingAction(items, campaign.id, syncedAt, offline);
  const failed = failedAction(items, campaign.id);
  const offers = actionOffers({ status: campaign.status, statusText: campaign.statusText, sendAt: campaign.schedule?.sendAt ?? null });

  const queue = async (action: CampaignActionKind): Promise<void> => {
    setError(null);
    await queueCampaignAction(campaign.id, action);
  };
  const start = (action: CampaignActionKind) => {
    if (action === 'complete' || action === 'delete') return setConfirming(action);
    queue(action).catch((cause: unknown) => setError(toApiError(cause).message));
  };

  return (
    <section className="cm-ops" aria-label="Campaign actions">
      {offers.length > 0 ? (
        <div className="cm-ops-buttons" role="group" aria-label={`Act on “${campaign.name}”`}>
          {offers.map(({ action, refusal }) => {
            const label = ACTION_WORDS[action].verb;
            const reason = pending ? `${pending.item.title} is on its way to Exotel; wait for its answer.` : refusal;
            if (reason) return <RefusedButton key={action} label={label} reason={reason} />;
            return (
              <Button
                key={action}
                size="sm"
                variant={action === 'complete' || action === 'delete' ? 'danger' : 'secondary'}
                title={HINTS[action]}
                onClick={() => start(action)}
              >
                {action === 'complete' || action === 'delete' ? `${label}…` : label}
              </Button>
            );
          })}
        </div>
      ) : null}
      <div className="cm-ops-state" role="status">
        {pending ? (
          <>
            <Badge tone={pending.tone} symbol={false}>
              {pending.label}
            </Badge>{' '}
            <span>{pending.detail}</span>
            {pending.asks ? (
              <button type="button" className="link-button" onClick={() => go('activity')}>
                Answer in Activity
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {failed && failed.id !== dismissed && !pending ? (
        <ErrorBanner
          lead={`${failed.title} did not go through:`}
          message={failed.message ?? 'Exotel refused it.'}
          action={{ label: 'Dismiss', variant: 'ghost', onClick: () => setDismissed(failed.id) }}
          className="cm-ops-failed"
        />
      ) : null}
      <ErrorBanner message={error} />
      {confirming ? (
        <ActionConfirm campaign={campaign} action={confirming} onConfirm={() => queue(confirming)} onClose={() => setConfirming(null)} />
      ) : null}
    </section>
  );
}
