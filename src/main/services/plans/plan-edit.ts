import type { Campaign, CampaignUpdateInput } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { dayPhase } from '../../../shared/plans/action-preview';
import type { PlanDayOutcome, PlanEdit, PlanEditResult } from '../../../shared/plans/actions';
import type { PlanView } from '../../../shared/plans/schemas';
import type { AccountRecord } from '../../store/accounts-repo';
import { enqueueCampaignUpdate, planCampaignUpdate, type PlannedUpdate } from '../outbox/campaign-update';
import type { OutboxPort } from '../outbox/types';

export interface PlanEditDeps {
  plans: { get(id: string): PlanView };
  accounts: { activeAccount(): AccountRecord | null };
  campaigns: { cached(accountId: string, id: string): { campaign: Campaign } | null };
  outbox: Pick<OutboxPort, 'enqueueAll' | 'enqueue' | 'list'>;
  now?: () => Date;
}

/**
 * "Edit the days not started": the message or the rate of each day that has not reached its start, as a
 * campaign edit of that day through the outbox. Days already calling or over keep theirs (Exotel allows only
 * the report addresses to change after the start); every change is checked before any is queued.
 */
export function editPlan(deps: PlanEditDeps, id: string, edit: PlanEdit): PlanEditResult {
  const account = deps.accounts.activeAccount();
  if (!account) throw new AppError('not-found', 'Choose an account first.');
  const plan = deps.plans.get(id);
  const now = deps.now?.() ?? new Date();
  const wanted: CampaignUpdateInput = {
    ...(edit.readViaText !== undefined ? { readViaText: edit.readViaText } : {}),
    ...(edit.throttle !== undefined ? { mode: 'custom' as const, throttle: edit.throttle } : {}),
  };
  if (Object.keys(wanted).length === 0) throw new AppError('validation', 'Nothing to change: give a new message or a new rate.');
  const steps = plan.days.map((d): { outcome: PlanDayOutcome; update: PlannedUpdate | null } => {
    const said = (outcome: PlanDayOutcome['outcome'], message: string, update: PlannedUpdate | null = null) => ({
      outcome: { day: d.day, outcome, actions: [], message },
      update,
    });
    const phase = dayPhase(d, now);
    if (phase === 'queued') return said('waiting', 'Not changed: its campaign is still being created on Exotel.');
    const cached = d.campaignId ? deps.campaigns.cached(account.id, d.campaignId) : null;
    if (phase !== 'not-started' || !cached)
      return said('unchanged', 'Not changed: it has started, and Exotel keeps a started campaign’s message and rate.');
    try {
      const update = planCampaignUpdate(deps.outbox, account, cached.campaign, wanted, { now });
      if (Object.keys(update.changes).length === 0) return said('unchanged', 'Nothing to change: it has these already.');
      return said('queued', 'Change queued.', update);
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, `Day ${d.day}: ${error.message}`, error.details);
      throw error;
    }
  });
  const days = steps.map((step) => step.outcome);
  const planned = steps.map((step) => step.update);
  if (!planned.some(Boolean)) {
    const none = days.find((d) => d.outcome === 'waiting') ? 'no day not started is on Exotel yet' : 'no day is waiting for its start';
    throw new AppError('validation', `Nothing was changed: ${none}.`);
  }
  const items = deps.outbox.enqueueAll((enqueue) =>
    planned.flatMap((update): OutboxItemView[] =>
      update ? [enqueueCampaignUpdate({ enqueue, list: (accountId) => deps.outbox.list(accountId) }, update)] : [],
    ),
  );
  return { planId: plan.id, days, items };
}
