import { ACTION_WORDS, actionRefusal } from '../../../shared/campaigns/actions';
import type { CampaignActionKind, OutboxItemView } from '../../../shared/outbox/schemas';
import type { Campaign } from '../../../shared/exotel';
import { isPending } from '../../../shared/outbox/states';
import { AppError } from '../../../shared/ipc/result';
import type { OutboxService } from './outbox-service';

export interface CampaignActionDeps {
  accounts: { activeId(): string | null };
  /** The campaign as last read from Exotel; throws not-found when it is not in the cache. */
  campaigns: { get(id: string): { campaign: Pick<Campaign, 'name' | 'status' | 'statusText' | 'schedule'> } };
  outbox: Pick<OutboxService, 'enqueue' | 'list'>;
  now?: () => Date;
}

/**
 * Queues an action on a campaign of the active account. Asking twice while the first is still waiting gives the
 * same item, so a double click never sends an action twice. An action the campaign's state does not allow, or one
 * asked while another action on it still waits, is refused here, before anything is queued.
 */
export function queueCampaignAction(deps: CampaignActionDeps, campaignId: string, action: CampaignActionKind): OutboxItemView {
  const accountId = deps.accounts.activeId();
  if (!accountId) throw new AppError('not-found', 'Choose an account first.');
  const pending = deps.outbox.list(accountId).filter((v) => v.kind === 'campaign-action' && v.campaignId === campaignId && isPending(v));
  const same = pending.find((v) => v.action === action);
  if (same) return same;
  const { campaign } = deps.campaigns.get(campaignId);
  const words = ACTION_WORDS[action];
  const other = pending[0];
  if (other) {
    throw new AppError('conflict', `${other.title} is still waiting to go to Exotel; ${words.verb.toLowerCase()} it once that is done.`);
  }
  const refusal = actionRefusal(
    { status: campaign.status, statusText: campaign.statusText, sendAt: campaign.schedule?.sendAt ?? null },
    action,
    deps.now?.() ?? new Date(),
  );
  if (refusal) throw new AppError('validation', `“${campaign.name}” cannot be ${words.past}. ${refusal}`);
  return deps.outbox.enqueue({
    kind: 'campaign-action',
    accountId,
    title: `${words.verb} “${campaign.name}”`,
    key: campaignId,
    campaignId,
    action,
  });
}

/** After an action has its answer from Exotel (done or failed), the campaign is read again so every screen shows what Exotel now says. */
export function rereadAfterAction(view: OutboxItemView, campaigns: { reread(accountId: string, id: string): Promise<unknown> }): void {
  if (view.kind !== 'campaign-action' || !view.campaignId) return;
  if (view.state !== 'done' && view.state !== 'failed') return;
  campaigns
    .reread(view.accountId, view.campaignId)
    .catch((error: unknown) => console.warn('[outbox] could not read the campaign again', error));
}
