import { ACTION_WORDS } from '../../../shared/campaigns/actions';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { Tone } from '../../components/badge';

/** A done action whose campaign has not been read back yet still shows as on its way, for at most this long. */
const READ_BACK_MS = 2 * 60_000;

/** An action on a campaign still on its way to Exotel, as the list and the detail show it. */
export interface PendingAction {
  item: OutboxItemView;
  /** Short, for a badge: "Pausing…", "Pause queued". */
  label: string;
  /** What is happening, in a sentence. */
  detail: string;
  tone: Tone;
  /** The item waits for the user's answer in Activity. */
  asks: boolean;
}

/** The campaign's action items, newest first. */
function actionsOf(items: readonly OutboxItemView[], campaignId: string): OutboxItemView[] {
  return items
    .filter((i) => i.kind === 'campaign-action' && i.campaignId === campaignId && i.action !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * The newest action on the campaign while it is queued, sending, waiting for the user, or done but not yet read
 * back from Exotel (`syncedAt` is when the campaign shown was read); null once the campaign shows Exotel's answer.
 */
export function pendingAction(
  items: readonly OutboxItemView[],
  campaignId: string,
  syncedAt: string | null,
  offline: boolean,
  now = Date.now(),
): PendingAction | null {
  const item = actionsOf(items, campaignId)[0];
  if (!item?.action) return null;
  const words = ACTION_WORDS[item.action];
  switch (item.state) {
    case 'queued':
      if (offline)
        return {
          item,
          label: `${words.verb} queued`,
          detail: `${words.verb} queued: it is sent when you are back online.`,
          tone: 'info',
          asks: false,
        };
      return {
        item,
        label: words.doing,
        detail: item.attempts > 0 ? (item.message ?? 'Waiting to try again.') : 'Waiting its turn to go to Exotel.',
        tone: 'info',
        asks: false,
      };
    case 'sending':
      return { item, label: words.doing, detail: 'Sent to Exotel; waiting for its answer.', tone: 'info', asks: false };
    case 'needs-confirmation':
      return {
        item,
        label: `${words.verb}: your answer needed`,
        detail: item.message ?? 'Exotel’s answer was lost; Activity asks what to do.',
        tone: 'warn',
        asks: true,
      };
    case 'done': {
      const readBack = syncedAt !== null && syncedAt >= item.updatedAt;
      if (readBack || now - Date.parse(item.updatedAt) > READ_BACK_MS) return null;
      return { item, label: words.doing, detail: `Exotel ${words.past} it; reading the campaign back.`, tone: 'info', asks: false };
    }
    default:
      return null;
  }
}

/** The newest action on the campaign when it failed: its reason is shown until the user dismisses it or acts again. */
export function failedAction(items: readonly OutboxItemView[], campaignId: string): OutboxItemView | null {
  const item = actionsOf(items, campaignId)[0];
  return item?.state === 'failed' ? item : null;
}
