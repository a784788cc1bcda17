import { Suspense, useEffect, useMemo } from 'react';
import { Button } from '../../components/button';
import { lazyPart, PartLoading } from '../../components/lazy-part';
import { onEvent } from '../../lib/api';
import { shortcutLabel } from '../../lib/keys';
import { CampaignsBrowser } from './campaigns-browser';
import { CarryOverNotice } from './carry-over-notice';
import { useCampaigns } from './campaigns-store';
import { useCompose } from '../compose/compose-store';
import { useOutbox } from '../outbox/outbox-store';
import { launchesToShow } from './launches-to-show';
import { DraftsList } from './drafts-list';
import { useDrafts } from './drafts-store';
import { LaunchingList } from './launching-list';
import { usePlans } from './plans-store';
import { useShallow } from 'zustand/react/shallow';

const Composer = lazyPart(() => import('../compose/composer').then((m) => m.Composer));

/** What sits above the campaigns: a way to start one, the drafts, and launches on their way. */
function CampaignsSide() {
  const beginDraft = useCompose((s) => s.beginDraft);
  const items = useOutbox((s) => s.items);
  const view = useCampaigns((s) => s.view);
  const known = useMemo(() => new Set(view?.campaigns.map((c) => c.id) ?? []), [view]);
  // A plan's days are launched as one: its row says so, not a line per day.
  const planItems = usePlans(useShallow((p) => (p.plans ?? []).flatMap((plan) => plan.days.map((d) => d.itemId))));
  const launches = launchesToShow(items, view?.accountId ?? null, known).filter((i) => !planItems.includes(i.id));
  return (
    <div className="campaigns-side">
      <div className="campaigns-new">
        <Button
          variant="primary"
          onClick={() => void beginDraft({ kind: 'blank' })}
          disabled={!view?.accountId}
          title={`New campaign (${shortcutLabel('N')})`}
        >
          New campaign
        </Button>
        <span className="muted kbd-hint">{shortcutLabel('N')}</span>
      </div>
      <CarryOverNotice />
      <DraftsList />
      <LaunchingList items={launches} />
    </div>
  );
}

export function CampaignsPage() {
  const composing = useCompose((s) => s.draft !== null);

  useEffect(() => {
    const offOutbox = useOutbox.getState().follow();
    const offDrafts = useDrafts.getState().follow();
    return () => {
      offOutbox();
      offDrafts();
    };
  }, []);

  // A launch that went through: fetch Exotel's copy so the campaign takes the launch's place.
  useEffect(
    () =>
      useOutbox.subscribe((state, before) => {
        const landed = state.items.some(
          (i) => i.kind === 'campaign-create' && i.state === 'done' && before.items.find((b) => b.id === i.id)?.state !== 'done',
        );
        if (landed) void useCampaigns.getState().refresh();
      }),
    [],
  );

  // A draft belongs to its account: switching accounts puts it back among that account's drafts.
  useEffect(
    () =>
      onEvent('accounts:changed', (state) => {
        const draft = useCompose.getState().draft;
        if (draft && draft.accountId !== state.activeId) void useCompose.getState().close();
      }),
    [],
  );

  // Coming back from the composer: the draft just left may have a new name.
  useEffect(() => {
    if (!composing) void useDrafts.getState().load();
  }, [composing]);

  if (composing) {
    return (
      <Suspense fallback={<PartLoading what="the draft" />}>
        <Composer />
      </Suspense>
    );
  }
  return <CampaignsBrowser masterTop={<CampaignsSide />} />;
}
