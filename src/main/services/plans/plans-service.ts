import { ACTION_WORDS } from '../../../shared/campaigns/actions';
import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import type { Campaign } from '../../../shared/exotel';
import { isFinalCampaignStatus } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { isPending } from '../../../shared/outbox/states';
import type { PlanAction, PlanActResult } from '../../../shared/plans/actions';
import { joinSnapshots } from '../../../shared/plans/joined-progress';
import type { DayCampaign, PlanView } from '../../../shared/plans/schemas';
import type { PlanRecord } from '../../store/plans-repo';
import type { OutboxPort } from '../outbox/types';
import { dayStep, type PendingDayAction } from './plan-steps';

export interface PlansServiceDeps {
  repo: { list(accountId: string): PlanRecord[]; get(id: string): PlanRecord | null };
  accounts: { activeId(): string | null };
  outbox: Pick<OutboxPort, 'get' | 'list' | 'enqueueAll'>;
  /** The campaigns cache, and a read of one campaign from Exotel into it (false when it could not be read). */
  campaigns: {
    cached(accountId: string, id: string): { campaign: Campaign; lastSyncedAt: string } | null;
    reread(accountId: string, id: string): Promise<boolean>;
    snapshots(accountId: string, id: string): StatSnapshot[];
  };
  now?: () => Date;
}

function dayCampaign(c: Campaign, lastSyncedAt: string): DayCampaign {
  const s = c.summary;
  return {
    status: c.status,
    statusText: c.statusText,
    stats: c.stats,
    calls: s ? s.initialized : null,
    sendAt: c.schedule?.sendAt ?? null,
    endAt: c.schedule?.endAt ?? null,
    lastSyncedAt,
  };
}

/**
 * Plans of daily runs as the Campaigns screen shows them: each day joined with its outbox item (state, the
 * campaign it made) and that campaign as last read. Acting on a plan queues each day's campaign actions in the
 * outbox, as the day's state on Exotel allows.
 */
export class PlansService {
  constructor(private readonly deps: PlansServiceDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private requireActive(): string {
    const accountId = this.deps.accounts.activeId();
    if (!accountId) throw new AppError('not-found', 'There is no active account. Add an Exotel account or choose the Sandbox.');
    return accountId;
  }

  list(): PlanView[] {
    const accountId = this.deps.accounts.activeId();
    return accountId ? this.deps.repo.list(accountId).map((p) => this.view(p)) : [];
  }

  get(id: string): PlanView {
    return this.view(this.record(id));
  }

  /** The days' campaigns on Exotel as read here, in day order; a day not created or not read yet has none. */
  campaignIds(id: string): string[] {
    return this.get(id).days.flatMap((d) => (d.campaignId && d.campaign ? [d.campaignId] : []));
  }

  /** The plan's numbers over time: every day's stored snapshots, joined. */
  progress(id: string): StatSnapshot[] {
    const plan = this.record(id);
    return joinSnapshots(this.campaignIds(id).map((campaignId) => this.deps.campaigns.snapshots(plan.accountId, campaignId)));
  }

  private record(id: string): PlanRecord {
    const plan = this.deps.repo.get(id);
    if (!plan || plan.accountId !== this.requireActive()) throw new AppError('not-found', 'That plan is not in this account’s campaigns.');
    return plan;
  }

  private view(plan: PlanRecord): PlanView {
    return {
      id: plan.id,
      accountId: plan.accountId,
      name: plan.name,
      zone: plan.zone,
      createdAt: plan.createdAt,
      days: plan.days.map((d) => {
        const item = this.deps.outbox.get(d.itemId);
        const campaignId = item?.campaignId ?? null;
        const cached = campaignId ? this.deps.campaigns.cached(plan.accountId, campaignId) : null;
        return {
          ...d,
          campaignId,
          itemState: item?.state ?? null,
          campaign: cached ? dayCampaign(cached.campaign, cached.lastSyncedAt) : null,
        };
      }),
    };
  }

  /**
   * Reads the days' campaigns from Exotel first (best effort: offline, the cache decides), so each day is acted
   * on as it stands now; then queues every day's actions in one go.
   */
  async act(id: string, action: PlanAction): Promise<PlanActResult> {
    const plan = this.record(id);
    const before = this.view(plan);
    await Promise.all(
      before.days
        .filter((d) => d.campaignId && !(d.campaign && isFinalCampaignStatus(d.campaign.status)))
        .map((d) => this.deps.campaigns.reread(plan.accountId, d.campaignId as string).catch(() => false)),
    );
    const view = this.view(plan);
    const pending = this.pendingByCampaign(plan.accountId);
    const now = this.now();
    const steps = view.days.map((d) => dayStep(d, action, now, d.campaignId ? (pending.get(d.campaignId) ?? null) : null));
    const items = this.deps.outbox.enqueueAll((enqueue) =>
      steps.flatMap((step) => {
        const day = view.days.find((d) => d.day === step.day);
        if (!step.campaignId || !day) return [];
        const campaignId = step.campaignId;
        return step.actions.map((a): OutboxItemView =>
          enqueue({
            kind: 'campaign-action',
            accountId: plan.accountId,
            title: `${ACTION_WORDS[a].verb} “${day.key}”`,
            key: campaignId,
            campaignId,
            action: a,
          }),
        );
      }),
    );
    return { planId: plan.id, action, days: steps.map(({ campaignId: _id, ...outcome }) => outcome), items };
  }

  /** The newest action still on its way for each campaign of the account. */
  private pendingByCampaign(accountId: string): Map<string, PendingDayAction> {
    const out = new Map<string, PendingDayAction>();
    const actions = this.deps.outbox
      .list(accountId)
      .filter((v) => v.kind === 'campaign-action' && v.campaignId && v.action && isPending(v))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    for (const v of actions) out.set(v.campaignId as string, { action: v.action as NonNullable<typeof v.action>, title: v.title });
    return out;
  }
}
