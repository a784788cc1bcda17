import { isFinalCampaignStatus, type Campaign } from '../exotel';

/**
 * Numbers Exotel still has on a call, or waiting for a retry that is due. A completed campaign keeps the calls
 * it had on until they end, and Exotel lists a call only once it has ended, so until these reach zero the
 * campaign's calls cannot all have been read.
 */
export function callsUnderWay(campaign: Campaign): number {
  const s = campaign.stats;
  const onCall = s ? s.inProgress + s.retrying + s.retry : 0;
  return Math.max(onCall, campaign.summary?.inProgress ?? 0);
}

/** The campaign is final on Exotel and its figures show nothing under way: no call can still be added to it. */
export function figuresAtRest(campaign: Campaign): boolean {
  return isFinalCampaignStatus(campaign.status) && callsUnderWay(campaign) === 0;
}

/** The calls Exotel's figures count as ended (answered or not); null when it sent no call figures. */
export function callsCounted(campaign: Campaign): number | null {
  const s = campaign.summary;
  return s ? s.completed + s.failed : null;
}
