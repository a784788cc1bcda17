import { useState } from 'react';
import type { CallsExportMode, StatSnapshot } from '../../../shared/campaigns/schemas';
import type { CallStatus } from '../../../shared/exotel';
import { dayPhase } from '../../../shared/plans/action-preview';
import { planBarStats, planFigures, planStats, planStatus, planTitle } from '../../../shared/plans/progress';
import type { PlanView } from '../../../shared/plans/schemas';
import { useJobs } from '../../app/jobs-store';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { ErrorBanner } from '../../components/error-notice';
import { call, desk, toApiError } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { CallsTable } from './calls-table';
import { OutcomeBar } from './outcome-bar';
import { PlanActions } from './plan-actions';
import { PlanDays } from './plan-days';
import { PlanFollowUpButton } from './plan-follow-up';
import { planStatusLook } from './plan-rows';
import { ProgressChart } from './progress-chart';

export interface PlanDetailProps {
  plan: PlanView;
  progress: readonly StatSnapshot[];
  /** Moves when calls were read again, so the calls table reads afresh. */
  callsVersion?: number;
}

/** A plan of daily runs as one campaign: its days, its numbers added up, its calls day by day, and actions on all its days. */
export function PlanDetail({ plan, progress, callsVersion = 0 }: PlanDetailProps) {
  const now = new Date();
  const status = planStatus(plan, now);
  const look = planStatusLook(status);
  const stats = planStats(plan);
  const f = planFigures(plan);
  const onExotel = plan.days.filter((d) => d.campaignId !== null);
  const [day, setDay] = useState<number>(() => (onExotel.find((d) => dayPhase(d, now) === 'running') ?? onExotel[0])?.day ?? 1);
  const [filter, setFilter] = useState<CallStatus[]>([]);
  const shown = onExotel.find((d) => d.day === day) ?? onExotel[0] ?? null;
  const ended = plan.days.every((d) => ['ended', 'launch-failed'].includes(dayPhase(d, now)));
  return (
    <article className="detail cm-detail" aria-label={`Plan ${plan.name}`}>
      <header className="detail-head">
        <div className="detail-title">
          <h2>{planTitle(plan, now)}</h2>
          <div className="detail-badges">
            <Badge tone={look.tone}>{look.label}</Badge> <span className="muted">Plan of {plan.days.length} daily runs</span>{' '}
            {onExotel.length > 0 ? <PlanFollowUpButton planId={plan.id} name={plan.name} /> : null}
          </div>
        </div>
      </header>

      <PlanActions plan={plan} />

      <dl className="cm-facts">
        <div>
          <dt>Numbers</dt>
          <dd className="num">{formatCount(f.numbers)}</dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd className="num">{formatCount(f.finished)}</dd>
        </div>
        <div>
          <dt>Calls placed</dt>
          <dd className="num">{formatCount(f.calls)}</dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd className="num">{formatCount(f.answered)}</dd>
        </div>
      </dl>

      <PlanDays plan={plan} now={now} />

      {stats ? (
        <OutcomeBar stats={planBarStats(plan)} filter={filter} onFilter={setFilter} />
      ) : (
        <p className="muted">Exotel has not reported the numbers of any day yet.</p>
      )}

      <section className="cm-progress" aria-label="Progress over time">
        <h3>Progress over time</h3>
        <ProgressChart snapshots={progress} final={ended} />
      </section>

      <PlanExport plan={plan} />
      {shown ? (
        <>
          <div className="plan-day-pick" role="group" aria-label="Calls of day">
            <span className="muted">Calls of</span>
            {onExotel.map((d) => (
              <button
                key={d.day}
                type="button"
                className={d.day === shown.day ? 'cm-chip is-chosen' : 'cm-chip'}
                aria-pressed={d.day === shown.day}
                onClick={() => setDay(d.day)}
              >
                Day {d.day}
              </button>
            ))}
          </div>
          <CallsTable
            campaignId={shown.campaignId as string}
            version={`${shown.campaign?.lastSyncedAt ?? ''}|${callsVersion}`}
            filter={filter}
            onFilter={setFilter}
          />
        </>
      ) : (
        <p className="muted">No day is on Exotel yet: calls appear here once the first day’s campaign is created and starts calling.</p>
      )}
    </article>
  );
}

const MODES: { value: CallsExportMode; label: string }[] = [
  { value: 'numbers', label: 'One row per number, final outcome' },
  { value: 'calls', label: 'Every call' },
];

/** Every day's calls in one CSV, with the day as its first column. */
function PlanExport({ plan }: { plan: PlanView }) {
  const [mode, setMode] = useState<CallsExportMode>('numbers');
  const [error, setError] = useState<string | null>(null);
  const track = useJobs((s) => s.track);
  const run = async () => {
    setError(null);
    try {
      const { jobId } = await call(desk().plans.exportCalls({ id: plan.id, mode }));
      if (jobId) track(jobId, `Exporting the calls of “${plan.name}”`, 'export');
    } catch (cause) {
      setError(toApiError(cause).message);
    }
  };
  return (
    <section className="cm-actions" aria-label="Plan export">
      <span className="cm-export">
        <label className="visually-hidden" htmlFor={`plan-export-${plan.id}`}>
          What to export
        </label>
        <select
          id={`plan-export-${plan.id}`}
          className="input input-sm"
          value={mode}
          onChange={(e) => setMode(e.target.value as CallsExportMode)}
        >
          {MODES.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
        <Button size="sm" variant="primary" onClick={() => void run()} title="All days in one file, with a day column">
          Export all days (CSV)…
        </Button>
      </span>
      <ErrorBanner message={error} />
    </section>
  );
}
