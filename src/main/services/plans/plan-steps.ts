import { CAMPAIGN_STATUS_LABELS, isFinalCampaignStatus } from '../../../shared/exotel';
import type { CampaignActionKind } from '../../../shared/outbox/schemas';
import type { PlanAction, PlanDayOutcome } from '../../../shared/plans/actions';
import type { PlanView } from '../../../shared/plans/schemas';
import { countOf } from '../../../shared/plural';

type PlanDayView = PlanView['days'][number];

/** An action on one of the day's campaign still on its way to Exotel. */
export interface PendingDayAction {
  action: CampaignActionKind;
  title: string;
}

/** What one plan action asks of one day: the campaign actions to queue, in order, and what to tell the user. */
export interface DayStep extends PlanDayOutcome {
  campaignId: string | null;
}

function statusWord(d: NonNullable<PlanDayView['campaign']>): string {
  return d.status === 'unknown' ? `“${d.statusText || 'unknown'}”` : CAMPAIGN_STATUS_LABELS[d.status].toLowerCase();
}

function unchanged(d: PlanDayView, message: string): DayStep {
  return { day: d.day, outcome: 'unchanged', actions: [], message, campaignId: d.campaignId };
}

/**
 * Exotel's rules decide each day: pause from scheduled or calling (a day not started yet is paused too, so it
 * does not start on its own), resume from paused, complete only from paused (a calling day is paused first),
 * delete only before calling starts. A day whose create has not reached Exotel is left alone and said so.
 */
export function dayStep(d: PlanDayView, action: PlanAction, now: Date, pending: PendingDayAction | null): DayStep {
  if (!d.campaignId) {
    if (d.itemState === 'failed') return unchanged(d, 'Its launch failed, so there is nothing on Exotel to act on.');
    return {
      day: d.day,
      outcome: 'waiting',
      actions: [],
      message: 'Not acted on: its campaign is still being created on Exotel. Act on the plan again once it is there.',
      campaignId: null,
    };
  }
  const c = d.campaign;
  if (!c) return unchanged(d, 'Not acted on: its campaign has not been read from Exotel yet. Refresh, then act again.');
  if (isFinalCampaignStatus(c.status)) return unchanged(d, `Nothing to do: it ended ${statusWord(c)}.`);
  const started = Date.parse(c.sendAt ?? d.sendAt) <= now.getTime();
  const wanted = actionsFor(c.status, started, action);
  if (typeof wanted === 'string') return unchanged(d, wanted);
  if (pending) {
    if (pending.action === wanted[0]) {
      const rest = wanted.slice(1);
      if (rest.length === 0)
        return { day: d.day, outcome: 'queued', actions: [], message: `${pending.title} is already on its way.`, campaignId: d.campaignId };
      return { day: d.day, outcome: 'queued', actions: rest, message: describe(rest, d), campaignId: d.campaignId };
    }
    return unchanged(d, `Not acted on: ${pending.title} is still waiting to go to Exotel. Act again once it is done.`);
  }
  return { day: d.day, outcome: 'queued', actions: wanted, message: describe(wanted, d), campaignId: d.campaignId };
}

function actionsFor(status: string, started: boolean, action: PlanAction): CampaignActionKind[] | string {
  switch (action) {
    case 'pause':
      if (status === 'created' || status === 'in-progress') return ['pause'];
      if (status === 'paused') return 'Nothing to do: it is paused already.';
      break;
    case 'resume':
      if (status === 'paused') return ['resume'];
      if (status === 'created' || status === 'in-progress') return 'Nothing to do: it is not paused.';
      break;
    case 'complete':
      if (!started && (status === 'created' || status === 'paused')) return ['delete'];
      if (status === 'in-progress' || status === 'created') return ['pause', 'complete'];
      if (status === 'paused') return ['complete'];
      break;
  }
  return `Not acted on: Exotel says its state is “${status}”, which the app does not know.`;
}

function describe(actions: CampaignActionKind[], d: PlanDayView): string {
  if (actions.includes('delete')) return `Delete queued: it has not started, so none of its ${countOf(d.numbers, 'number')} are called.`;
  if (actions.includes('complete'))
    return actions[0] === 'pause'
      ? 'Pause, then Complete queued: its numbers not called yet become failed.'
      : 'Complete queued: its numbers not called yet become failed.';
  if (actions[0] === 'pause') return 'Pause queued.';
  return 'Resume queued.';
}
