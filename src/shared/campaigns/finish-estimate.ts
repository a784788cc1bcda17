import { EXOTEL_LIMITS, isFinalCampaignStatus, type Campaign } from '../exotel';
import { callsUnderWay } from './calls-under-way';
import { statsRemaining } from './outcomes';

export type FinishEstimate =
  | { kind: 'finished' }
  /** Final on Exotel, with calls still on that end by themselves (or retries due): not finished yet. */
  | { kind: 'winding-down'; status: string; underWay: number }
  | { kind: 'paused'; remaining: number }
  | { kind: 'estimate'; at: string; remaining: number; callsPerMinute: number }
  /** The schedule's end comes first: Exotel stops the campaign then, with numbers left uncalled. */
  | { kind: 'cut-off'; at: string; remaining: number; callsPerMinute: number }
  /** Scheduled, and Exotel has not counted its numbers yet: only the start is known. */
  | { kind: 'not-started'; at: string | null }
  | { kind: 'unknown' };

/**
 * When the campaign will likely finish: the numbers still to call at its throttle, from now or from its
 * start time. A lower bound: retries and Exotel's own pacing only add time.
 */
export function estimateFinish(
  campaign: Campaign,
  now: Date,
  accountThrottle: number = EXOTEL_LIMITS.defaultAccountThrottle,
): FinishEstimate {
  if (isFinalCampaignStatus(campaign.status)) {
    const underWay = callsUnderWay(campaign);
    return underWay > 0 ? { kind: 'winding-down', status: campaign.status, underWay } : { kind: 'finished' };
  }
  const stats = campaign.stats;
  if (!stats) return { kind: 'unknown' };
  const remaining = statsRemaining(stats);
  if (campaign.status === 'paused') return { kind: 'paused', remaining };
  if (campaign.status === 'unknown') return { kind: 'unknown' };
  const sendAt = campaign.schedule?.sendAt ? Date.parse(campaign.schedule.sendAt) : Number.NaN;
  if (remaining === 0 && campaign.status === 'created') {
    return { kind: 'not-started', at: Number.isNaN(sendAt) ? null : new Date(sendAt).toISOString() };
  }
  if (remaining === 0) return { kind: 'finished' };
  const callsPerMinute = campaign.mode === 'custom' && campaign.throttle ? campaign.throttle : accountThrottle;
  const start = Number.isNaN(sendAt) ? now.getTime() : Math.max(now.getTime(), sendAt);
  const finish = start + Math.ceil((remaining / callsPerMinute) * 60_000);
  const endAt = campaign.schedule?.endAt ? Date.parse(campaign.schedule.endAt) : Number.NaN;
  if (!Number.isNaN(endAt) && endAt < finish) {
    return { kind: 'cut-off', at: new Date(endAt).toISOString(), remaining, callsPerMinute };
  }
  return { kind: 'estimate', at: new Date(finish).toISOString(), remaining, callsPerMinute };
}
