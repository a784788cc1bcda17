import { useCallback, useEffect, useState } from 'react';
import { hoursTime } from '../../../shared/compose/hours-check';
import type { CarryNotice, CarryOverState } from '../../../shared/plans/carry-over';
import { countOf } from '../../../shared/plural';
import { Button } from '../../components/button';
import { ErrorBanner } from '../../components/error-notice';
import { call, desk, onEvent, toApiError } from '../../lib/api';

// A carried notice stays this long after its catch-up run starts, so the user sees where the numbers went.
const SHOWN_AFTER_START_MS = 24 * 60 * 60_000;

function dayOf(n: CarryNotice, label: string): string {
  return `“${n.planName} · ${label}”`;
}

function shown(n: CarryNotice, now: number): boolean {
  if (n.state === 'waiting') return true;
  if (n.state !== 'carried' || !n.intoSendAt) return false;
  return Date.parse(n.intoSendAt) + SHOWN_AFTER_START_MS > now;
}

function NoticeLine({ n, auto, onDone }: { n: CarryNotice; auto: boolean; onDone: () => void }) {
  const [busy, setBusy] = useState<'carry' | 'leave' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (what: 'carry' | 'leave') => {
    setBusy(what);
    setError(null);
    try {
      const input = { planId: n.planId, fromDay: n.fromDay };
      await call(what === 'carry' ? desk().plans.carry(input) : desk().plans.carryLeave(input));
      onDone();
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(null);
    }
  };
  const numbers = countOf(n.numbers, 'number');
  if (n.state === 'carried') {
    return (
      <div className="banner banner-info" role="status">
        {numbers} from {dayOf(n, n.fromLabel)} carried into {n.intoName ? dayOf(n, n.intoName) : 'a catch-up run'}
        {n.intoSendAt ? `, which calls from ${hoursTime(new Date(n.intoSendAt), n.zone)}` : ''}.
      </div>
    );
  }
  const asks = !auto || n.problem !== null;
  return (
    <div className="banner banner-warn" role="status">
      <div className="banner-row">
        <span>
          {numbers} from {dayOf(n, n.fromLabel)} {n.numbers === 1 ? 'is' : 'are'} waiting to be carried over since{' '}
          {hoursTime(new Date(n.since), n.zone)}.{' '}
          {asks
            ? 'Carry them into a catch-up run on the next calling day, or leave them uncalled.'
            : 'They go into a catch-up run on the next calling day.'}
        </span>
        {asks ? (
          <>
            <Button size="sm" variant="primary" busy={busy === 'carry'} disabled={busy !== null} onClick={() => void act('carry')}>
              Carry over now
            </Button>
            <Button size="sm" busy={busy === 'leave'} disabled={busy !== null} onClick={() => void act('leave')}>
              Leave them
            </Button>
          </>
        ) : null}
      </div>
      {n.problem ? <p>Carrying them over did not work: {n.problem}</p> : null}
      {error ? <ErrorBanner message={error} lead="Nothing was changed." /> : null}
    </div>
  );
}

/** Numbers a plan's day did not call, waiting to be carried over or carried already: said plainly, with since when. */
export function CarryOverNotice() {
  const [state, setState] = useState<CarryOverState | null>(null);
  const load = useCallback(() => {
    void call(desk().plans.carryList())
      .then((r) => setState({ ...r, notices: r.notices.filter((n) => shown(n, Date.now())) }))
      .catch(() => setState(null));
  }, []);
  useEffect(() => {
    load();
    const offCampaigns = onEvent('campaigns:changed', load);
    const offAccounts = onEvent('accounts:changed', load);
    return () => {
      offCampaigns();
      offAccounts();
    };
  }, [load]);
  const notices = state?.notices ?? [];
  if (!state || notices.length === 0) return null;
  return (
    <div className="carry-over-notices" aria-label="Carry-over" style={{ display: 'grid', gap: 8, margin: '4px 12px' }}>
      {notices.map((n) => (
        <NoticeLine key={`${n.planId}:${n.fromDay}`} n={n} auto={state.auto} onDone={load} />
      ))}
    </div>
  );
}
