import type { PlanView } from '../../../shared/plans/schemas';
import { planFigures, planStatus, planTitle, type PlanStatus } from '../../../shared/plans/progress';
import { Badge, type Tone } from '../../components/badge';
import { countOf, formatCount } from '../../lib/format';
import { campaignStatusLook } from './status-look';

export function planStatusLook(status: PlanStatus): { tone: Tone; label: string } {
  return status === 'launching' ? { tone: 'info', label: 'Launching' } : campaignStatusLook(status, status);
}

/** Whether the plan's title or name holds what the user typed in the list's search. */
export function planMatches(plan: PlanView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return !needle || `${planTitle(plan)} ${plan.name}`.toLowerCase().includes(needle);
}

/** Each plan of daily runs as one row of the Campaigns list: the day it is on, its days' numbers added up. */
export function PlanRows({
  plans,
  selectedId,
  onSelect,
}: {
  plans: readonly PlanView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const now = new Date();
  return (
    <>
      {plans.map((plan) => {
        const title = planTitle(plan, now);
        const look = planStatusLook(planStatus(plan, now));
        const f = planFigures(plan);
        const pct = f.numbers > 0 ? Math.min(100, (f.finished / f.numbers) * 100) : 0;
        const selected = plan.id === selectedId;
        return (
          <li key={plan.id} className={selected ? 'master-item is-selected' : 'master-item'} data-plan={plan.id}>
            <span className="cm-check" aria-hidden="true" />
            <button
              type="button"
              className="master-item-main"
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(plan.id)}
            >
              <span className="cm-item-top">
                <span className="master-item-title cm-item-name" title={title}>
                  {title}
                </span>
                <Badge tone={look.tone}>{look.label}</Badge>
              </span>
              <span className="cm-item-progress" aria-hidden="true">
                <span style={{ width: `${pct}%` }} />
              </span>
              <span className="master-item-sub num">
                <span>
                  {formatCount(f.finished)} of {countOf(f.numbers, 'number')} done
                </span>
                <span className="cm-item-created">Plan of {countOf(plan.days.length, 'day')}</span>
              </span>
            </button>
          </li>
        );
      })}
    </>
  );
}
