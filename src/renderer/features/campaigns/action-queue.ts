import type { CampaignActionKind, OutboxItemView } from '../../../shared/outbox/schemas';
import { call, desk } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';

/**
 * Queues an action in the outbox and shows it at once, before the outbox's own event arrives; main refuses
 * (with the reason) an action the campaign's state does not allow.
 */
export async function queueCampaignAction(campaignId: string, action: CampaignActionKind): Promise<OutboxItemView> {
  const item = await call(desk().outbox.campaignAction({ campaignId, action }));
  // The outbox's events may have brought it further (sending, done) before this answer came back: the merge keeps the newest.
  useOutbox.getState().remember(item);
  return item;
}
