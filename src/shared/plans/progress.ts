import { emptyStats, isFinalCampaignStatus, statsFinished, statsTotal, type CampaignStats, type CampaignStatus } from '../exotel';
import { dayName, type PlanView } from './schemas';

type PlanDayView = PlanView['days'][number];

/** Where a plan stands as one campaign: a campaign status, or `launching` while a day's create is still on its way. */
export type PlanStatus = CampaignStatus | 'launching';

const RUNNING: readonly CampaignStatus[] = ['in-progress', 'paused'];

function dayFinal(d: PlanDayView): boolean {
  if (d.itemState === 'failed') return true;
  return d.campaign !== null && isFinalCampaignStatus(d.campaign.status);
}

/**
 * The day the plan is on: the one calling (or paused while calling) now, else the next not finished, else the
 * last. A paused day that has not reached its start does not count as running.
 */
export function currentDay(plan: PlanView, now: Date = new Date()): PlanDayView | null {
  const days = plan.days;
  const started = (d: PlanDayView) => Date.parse(d.campaign?.sendAt ?? d.sendAt) <= now.getTime();
  return (
    days.find((d) => d.campaign !== null && RUNNING.includes(d.campaign.status) && started(d)) ??
    days.find((d) => !dayFinal(d)) ??
    days[days.length - 1] ??
    null
  );
}

/** "Dues December · day 2 of 3", naming the day the plan is on. */
export function planTitle(plan: PlanView, now: Date = new Date()): string {
  const day = currentDay(plan, now);
  return day ? dayName(plan.name, day.day, plan.days.length) : plan.name;
}

/** The days' numbers added up, as one campaign's; null while Exotel has counted none of its days. */
export function planStats(plan: PlanView): CampaignStats | null {
  const counted = plan.days.flatMap((d) => (d.campaign?.stats ? [d.campaign.stats] : []));
  if (counted.length === 0) return null;
  const sum = emptyStats();
  for (const stats of counted) for (const key of Object.keys(sum) as (keyof CampaignStats)[]) sum[key] += stats[key];
  return sum;
}

/** Figures of the whole plan: numbers planned, counted by Exotel, finished, calls placed and answered. */
export function planFigures(plan: PlanView): { numbers: number; counted: number; finished: number; calls: number; answered: number } {
  const stats = planStats(plan);
  return {
    numbers: plan.days.reduce((sum, d) => sum + d.numbers, 0),
    counted: stats ? statsTotal(stats) : 0,
    finished: stats ? statsFinished(stats) : 0,
    calls: plan.days.reduce((sum, d) => sum + (d.campaign?.calls ?? 0), 0),
    answered: stats?.completed ?? 0,
  };
}

/** The plan's state as one campaign's: calling while any day calls, then the state of the day it is on. */
export function planStatus(plan: PlanView, now: Date = new Date()): PlanStatus {
  if (plan.days.some((d) => d.campaign?.status === 'in-progress')) return 'in-progress';
  const day = currentDay(plan, now);
  if (!day) return 'unknown';
  if (day.itemState === 'failed') return 'failed';
  if (!day.campaign) return 'launching';
  if (plan.days.every(dayFinal)) {
    return plan.days.some((d) => d.campaign?.status === 'completed' || d.campaign?.status === 'archived')
      ? 'completed'
      : day.campaign.status;
  }
  return day.campaign.status;
}

/**
 * The plan's numbers for its outcome bar: the days' counts added up, with the numbers of each day Exotel has not
 * counted yet (not started) as pending, so the bar's total is every number of the plan.
 */
export function planBarStats(plan: PlanView): CampaignStats {
  const sum = planStats(plan) ?? emptyStats();
  const uncounted = plan.days.reduce((n, d) => n + (d.campaign?.stats && statsTotal(d.campaign.stats) > 0 ? 0 : d.numbers), 0);
  return { ...sum, pending: sum.pending + uncounted };
}
