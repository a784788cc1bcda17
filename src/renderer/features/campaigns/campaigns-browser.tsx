import { Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorBanner } from '../../components/error-notice';
import { lazyPart, PartLoading } from '../../components/lazy-part';
import { CampaignsEmpty } from './campaigns-empty';
import { useOutbox } from '../outbox/outbox-store';
import { LaunchDetail } from './launch-detail';
import { CampaignList } from './campaign-list';
import { useCampaigns } from './campaigns-store';
import { SyncStatus } from './sync-status';
import { usePlans } from './plans-store';
import { planMatches, PlanRows } from './plan-rows';
import './campaigns-browser.css';

// The detail carries the chart library: it loads when a campaign is first opened.
const CampaignDetail = lazyPart(() => import('./campaign-detail').then((m) => m.CampaignDetail));
const PlanDetail = lazyPart(() => import('./plan-detail').then((m) => m.PlanDetail));

/** The Campaigns screen's read side: the cached list beside the chosen campaign's numbers, chart and calls. */
export function CampaignsBrowser({ masterTop }: { masterTop?: ReactNode } = {}) {
  const s = useCampaigns(
    useShallow((m) => ({
      view: m.view,
      loadError: m.loadError,
      query: m.query,
      selectedId: m.selectedId,
      detail: m.detail,
      detailError: m.detailError,
      filter: m.filter,
      refreshJobId: m.refreshJobId,
      progress: m.progress,
      refreshError: m.refreshError,
      callsVersion: m.callsVersion,
      load: m.load,
      select: m.select,
      setQuery: m.setQuery,
      setFilter: m.setFilter,
      refresh: m.refresh,
    })),
  );
  const follow = useCampaigns((m) => m.follow);
  useEffect(() => follow(), [follow]);
  const p = usePlans(useShallow((m) => ({ plans: m.plans, selectedId: m.selectedId, progress: m.progress, select: m.select })));
  const followPlans = usePlans((m) => m.follow);
  useEffect(() => followPlans(), [followPlans]);
  // A plan is one row: its days' campaigns are not listed by themselves, and opening one of them opens its plan.
  const planOfDay = useMemo(
    () => new Map((p.plans ?? []).flatMap((plan) => plan.days.flatMap((d) => (d.campaignId ? [[d.campaignId, plan] as const] : [])))),
    [p.plans],
  );
  // A campaign chosen by other means (a notice, a switch of account) takes the pane from the plan open there.
  const shownCampaign = useRef(s.selectedId);
  useEffect(() => {
    if (shownCampaign.current === s.selectedId) return;
    shownCampaign.current = s.selectedId;
    if (usePlans.getState().selectedId !== null) void usePlans.getState().select(null);
  }, [s.selectedId]);
  const plans = (p.plans ?? []).filter((plan) => plan.accountId === s.view?.accountId);
  const openPlan =
    plans.find((plan) => plan.id === p.selectedId) ?? (p.selectedId === null && s.selectedId ? planOfDay.get(s.selectedId) : undefined);

  const view = s.view;
  const single = view?.campaigns.filter((c) => !planOfDay.has(c.id)) ?? [];
  const followed = useOutbox((o) => o.items.find((i) => i.id === o.followed) ?? null);
  // Right after Launch the pane shows that launch (with its list's progress) until its campaign opens.
  const launching =
    followed &&
    followed.accountId === view?.accountId &&
    !(followed.state === 'done' && view?.campaigns.some((c) => c.id === followed.campaignId))
      ? followed
      : null;
  let pane;
  if (launching) {
    pane = <LaunchDetail item={launching} />;
  } else if (s.loadError) {
    pane = (
      <ErrorBanner
        lead="Could not read the saved campaigns:"
        message={s.loadError}
        action={{ label: 'Try again', onClick: () => void s.load() }}
      />
    );
  } else if (!view) {
    pane = <p className="muted">Loading campaigns…</p>;
  } else if (!view.accountId) {
    pane = (
      <EmptyState icon="☏" title="No account yet">
        <p>Add an Exotel account under Accounts, or use the built-in Sandbox to try everything without placing a call.</p>
      </EmptyState>
    );
  } else if (openPlan) {
    pane = <PlanDetail plan={openPlan} progress={openPlan.id === p.selectedId ? p.progress : []} callsVersion={s.callsVersion} />;
  } else if (view.campaigns.length === 0 && plans.length === 0 && !view.lastSyncedAt) {
    pane = (
      <EmptyState
        icon="⟳"
        title={s.refreshJobId ? 'Reading campaigns from Exotel…' : 'Campaigns not read yet'}
        actions={
          <Button variant="primary" onClick={() => void s.refresh()} busy={s.refreshJobId !== null} disabled={view.offline}>
            Refresh now
          </Button>
        }
      >
        <p>
          {view.offline
            ? 'You are offline and this account has not been synced on this computer yet. Its campaigns appear here after the first sync.'
            : 'Refresh reads every campaign of this account from Exotel and keeps a copy here, so the list opens at once next time, even offline.'}
        </p>
      </EmptyState>
    );
  } else if (single.length === 0 && plans.length === 0) {
    pane = <CampaignsEmpty />;
  } else if (s.detail && s.detail.campaign.id === s.selectedId) {
    pane = (
      <CampaignDetail
        detail={s.detail}
        planned={view.campaigns.find((c) => c.id === s.selectedId)?.planned ?? null}
        filter={s.filter}
        onFilter={s.setFilter}
        callsVersion={s.callsVersion}
      />
    );
  } else if (s.detailError) {
    pane = <ErrorBanner message={s.detailError} />;
  } else {
    pane = <p className="muted">Choose a campaign to see its numbers.</p>;
  }

  return (
    <div className="page split cm-page">
      <div className="master cm-master">
        <div className="master-head">
          <h1>Campaigns</h1>
        </div>
        {masterTop}
        {view ? (
          <SyncStatus view={view} jobId={s.refreshJobId} progress={s.progress} error={s.refreshError} onRefresh={() => void s.refresh()} />
        ) : null}
        {view && (single.length > 0 || plans.length > 0) ? (
          <CampaignList
            campaigns={single}
            selectedId={openPlan ? null : s.selectedId}
            query={s.query}
            onQuery={s.setQuery}
            onSelect={(id) => {
              void p.select(null);
              void s.select(id);
            }}
            offline={view.offline}
            before={
              plans.some((plan) => planMatches(plan, s.query)) ? (
                <PlanRows
                  plans={plans.filter((plan) => planMatches(plan, s.query))}
                  selectedId={openPlan?.id ?? null}
                  onSelect={(id) => void p.select(id)}
                />
              ) : null
            }
          />
        ) : null}
      </div>
      <div className="pane">
        <Suspense fallback={<PartLoading what="the campaign" />}>{pane}</Suspense>
      </div>
    </div>
  );
}
