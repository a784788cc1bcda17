import type { Campaign } from '../../../shared/exotel';

/**
 * Why a number the campaign was given got no call, as far as Exotel's state for the campaign says: it has not
 * reached the number yet, or it stopped before the number's turn (completed by hand, or its end time came).
 */
export function whyNotCalled(campaign: Campaign, now: Date): string {
  const endAt = campaign.schedule?.endAt ? Date.parse(campaign.schedule.endAt) : Number.NaN;
  const stoppedAt = campaign.dateUpdated ? Date.parse(campaign.dateUpdated) : now.getTime();
  const endReached = !Number.isNaN(endAt) && endAt <= Math.max(stoppedAt, Number.isNaN(stoppedAt) ? now.getTime() : stoppedAt) + 60_000;
  switch (campaign.status) {
    case 'created':
      return 'Not called yet: the campaign has not started';
    case 'in-progress':
      return 'Not called yet: waiting for its turn';
    case 'paused':
      return 'Not called yet: the campaign is paused';
    case 'canceled':
      return 'The campaign’s end time came while it was paused';
    case 'failed':
      return 'Exotel could place no call in this campaign';
    case 'completed':
    case 'archived':
      return endReached ? 'The campaign’s end time came before its turn' : 'The campaign was completed before its turn';
    default:
      return 'Exotel did not call it';
  }
}

/** Said for a number Exotel counts as invalid: it never dials one. */
export const INVALID_NUMBER = 'Exotel counts it as an invalid number';
