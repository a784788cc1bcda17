import { isFinalCampaignStatus } from '../exotel';
import { isPending } from '../outbox/states';
import { countOf } from '../plural';
import type { PlanAction } from './actions';
import type { PlanView } from './schemas';

type PlanDayView = PlanView['days'][number];

/** Where one day stands for the user: its create on its way, its launch failed, waiting for its start, calling (or paused while calling), ended. */
export type DayPhase = 'queued' | 'launch-failed' | 'not-started' | 'running' | 'ended';

export function dayPhase(d: PlanDayView, now: Date = new Date()): DayPhase {
  if (!d.campaignId) return d.itemState === 'failed' ? 'launch-failed' : 'queued';
  const c = d.campaign;
  if (!c) return d.itemState !== null && isPending({ state: d.itemState }) ? 'queued' : 'not-started';
  if (isFinalCampaignStatus(c.status)) return 'ended';
  return Date.parse(c.sendAt ?? d.sendAt) <= now.getTime() ? 'running' : 'not-started';
}

const listDays = (days: readonly PlanDayView[]) => {
  const n = days.map((d) => String(d.day));
  return `day${n.length > 1 ? 's' : ''} ${n.length > 1 ? `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}` : n[0]}`;
};

/** What a plan action will do, in plain words, before it is asked for; `none` when no day would change. */
export function planActionPreview(plan: PlanView, action: PlanAction, now: Date = new Date()): { text: string; none: boolean } {
  const phase = (d: PlanDayView) => dayPhase(d, now);
  const status = (d: PlanDayView) => d.campaign?.status;
  const queued = plan.days.filter((d) => phase(d) === 'queued');
  const waiting = queued.length
    ? ` ${cap(listDays(queued))} ${queued.length > 1 ? 'are' : 'is'} still being created on Exotel and not acted on.`
    : '';
  let running: PlanDayView[];
  let later: PlanDayView[];
  let text: string;
  if (action === 'complete') {
    running = plan.days.filter((d) => phase(d) === 'running');
    later = plan.days.filter((d) => phase(d) === 'not-started');
    const numbers = later.reduce((n, d) => n + d.numbers, 0);
    const parts = [
      running.length ? `Completes ${listDays(running)}: the numbers not called yet become failed` : '',
      later.length ? `deletes the ${countOf(later.length, 'day')} not started, so ${countOf(numbers, 'number')} are not called` : '',
    ].filter(Boolean);
    text = parts.length ? `${cap(parts.join('; '))}.` : '';
  } else {
    const wanted = action === 'pause' ? ['in-progress', 'created'] : ['paused'];
    running = plan.days.filter((d) => phase(d) === 'running' && wanted.includes(status(d) ?? ''));
    later = plan.days.filter((d) => phase(d) === 'not-started' && wanted.includes(status(d) ?? ''));
    const verb = action === 'pause' ? 'Pauses' : 'Resumes';
    const parts = [running.length ? listDays(running) : '', later.length ? `the ${countOf(later.length, 'day')} not started` : ''].filter(
      Boolean,
    );
    text = parts.length ? `${verb} ${parts.join(' and ')}.` : '';
  }
  if (!text) return { text: `No day is in a state to ${action === 'complete' ? 'complete' : action}.${waiting}`, none: true };
  return { text: text + waiting, none: false };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
