import type { CampaignActionKind, OutboxItemView } from '../../../shared/compose/outbox';
import { AppError } from '../../../shared/ipc/result';
import type { OutboxService } from './outbox-service';

const VERB: Record<CampaignActionKind, string> = {
  pause: 'Pause',
  resume: 'Resume',
  complete: 'Complete',
  archive: 'Archive',
  delete: 'Delete',
};

export interface CampaignActionDeps {
  accounts: { activeId(): string | null };
  campaigns: { get(id: string): { campaign: { name: string } } };
  outbox: Pick<OutboxService, 'enqueue' | 'list'>;
}

/**
 * Queues an action on a campaign of the active account. Asking twice while the first is still waiting gives the
 * same item, so a double click never sends an action twice.
 */
export function queueCampaignAction(deps: CampaignActionDeps, campaignId: string, action: CampaignActionKind): OutboxItemView {
  const accountId = deps.accounts.activeId();
  if (!accountId) throw new AppError('not-found', 'Choose an account first.');
  const pending = deps.outbox
    .list(accountId)
    .find((v) => v.kind === 'campaign-action' && v.campaignId === campaignId && v.action === action && v.state !== 'done' && v.state !== 'failed');
  if (pending) return pending;
  let name: string;
  try {
    name = deps.campaigns.get(campaignId).campaign.name;
  } catch {
    name = campaignId;
  }
  return deps.outbox.enqueue({ kind: 'campaign-action', accountId, title: `${VERB[action]} “${name}”`, key: campaignId, campaignId, action });
}
