import type { OutboxItemView } from '../../../shared/outbox/schemas';

/** A launched campaign waits this long for the next sync to bring Exotel's copy before its line goes. */
const DONE_LINGER_MS = 10 * 60_000;

/** Launches the Campaigns list shows before Exotel's campaign takes their place. */
export function launchesToShow(
  items: OutboxItemView[],
  accountId: string | null,
  knownCampaignIds: ReadonlySet<string>,
  now = Date.now(),
): OutboxItemView[] {
  return items.filter((i) => {
    if (i.kind !== 'campaign-create' || i.accountId !== accountId) return false;
    if (i.state !== 'done') return true;
    const known = i.campaignId !== null && knownCampaignIds.has(i.campaignId);
    return !known && now - Date.parse(i.updatedAt) < DONE_LINGER_MS;
  });
}
