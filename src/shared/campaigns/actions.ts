import type { CampaignActionKind } from '../outbox/schemas';
import { CAMPAIGN_STATUS_LABELS, canApplyAction, isFinalCampaignStatus, type CampaignStatus } from '../exotel/campaign-status';

/** What an action rule needs to know of a campaign. */
export interface ActionSubject {
  status: CampaignStatus;
  /** The status as Exotel wrote it, for one the app does not know. */
  statusText?: string;
  /** When calling starts (RFC 3339); unknown when absent. */
  sendAt?: string | null;
}

/** The words for each action, as buttons, pending labels and messages use them. */
export const ACTION_WORDS: Record<CampaignActionKind, { verb: string; doing: string; past: string }> = {
  pause: { verb: 'Pause', doing: 'Pausing…', past: 'paused' },
  resume: { verb: 'Resume', doing: 'Resuming…', past: 'resumed' },
  complete: { verb: 'Complete', doing: 'Completing…', past: 'completed' },
  archive: { verb: 'Archive', doing: 'Archiving…', past: 'archived' },
  delete: { verb: 'Delete', doing: 'Deleting…', past: 'deleted' },
};

/** The order the actions are offered in. */
export const ACTION_ORDER: readonly CampaignActionKind[] = ['pause', 'resume', 'complete', 'archive', 'delete'];

function statusWord(c: ActionSubject): string {
  return c.status === 'unknown' ? `“${c.statusText || 'unknown'}”` : CAMPAIGN_STATUS_LABELS[c.status].toLowerCase();
}

/**
 * Why Exotel would refuse this action on a campaign in this state, in plain words; null when it is allowed.
 * Exotel's rules: pause from scheduled or calling, resume and complete from paused, archive from completed,
 * delete only before calling starts.
 */
export function actionRefusal(c: ActionSubject, action: CampaignActionKind, now: Date = new Date()): string | null {
  const is = `It is ${statusWord(c)}`;
  if (action === 'delete') {
    if (c.status !== 'created') return `Only a campaign that has not started can be deleted. ${is}.`;
    const start = c.sendAt ? Date.parse(c.sendAt) : NaN;
    if (!Number.isFinite(start)) return 'Exotel has not said when it starts, so it cannot be told whether calling has begun.';
    if (start <= now.getTime())
      return 'Its start time has passed, so calling may have begun; only a campaign that has not started can be deleted.';
    return null;
  }
  if (canApplyAction(c.status, action)) return null;
  const ended = isFinalCampaignStatus(c.status) && c.status !== 'completed';
  switch (action) {
    case 'pause':
      if (c.status === 'paused') return 'It is paused already.';
      return `Only a scheduled or calling campaign can be paused. ${is}.`;
    case 'resume':
      return `Only a paused campaign can be resumed. ${is}.`;
    case 'complete':
      if (c.status === 'in-progress' || c.status === 'created') return 'Pause it first: only a paused campaign can be completed.';
      return `Only a paused campaign can be completed. ${is}.`;
    case 'archive':
      if (c.status === 'archived') return 'It is archived already.';
      if (ended) return `Only a completed campaign can be archived; this one ended ${statusWord(c)}.`;
      return `Only a completed campaign can be archived. ${is}.`;
  }
}

/** The actions a campaign's detail offers in its state: allowed ones, and those refused but worth explaining. */
export function actionOffers(c: ActionSubject, now: Date = new Date()): Array<{ action: CampaignActionKind; refusal: string | null }> {
  const explain: Partial<Record<CampaignStatus, CampaignActionKind[]>> = {
    created: ['delete'],
    'in-progress': ['complete', 'delete'],
    paused: [],
    failed: ['archive'],
    canceled: ['archive'],
  };
  return ACTION_ORDER.map((action) => ({ action, refusal: actionRefusal(c, action, now) })).filter(
    (o) => o.refusal === null || (explain[c.status] ?? []).includes(o.action),
  );
}
