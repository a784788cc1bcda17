import type { LaunchSummary } from '../../../shared/compose/views';
import { countOf } from '../../lib/format';
import { useCompose } from './compose-store';

/**
 * Shown when the numbers do not fit in the first day's calling hours: carry on over the next calling days as
 * a plan of daily runs, or end at the close. Nothing is ever called outside the hours either way.
 */
export function PlanChoice({ summary, disabled }: { summary: LaunchSummary; disabled: boolean }) {
  const update = useCompose((s) => s.update);
  if (!summary.overflow) return null;
  const days = summary.plan?.days.length ?? null;
  return (
    <div className="radio-row plan-choice" role="radiogroup" aria-label="More numbers than one day’s calling hours take">
      <label className="radio-card">
        <input
          type="radio"
          name="overflow"
          checked={summary.overflow === 'plan'}
          disabled={disabled}
          onChange={() => update({ overflow: 'plan' })}
        />
        <span>
          <strong>Carry on over the next calling days</strong>
          <span className="muted">
            {days ? `${countOf(days, 'daily run')}, each its own campaign inside the hours` : 'A campaign a day, each inside the hours'}
          </span>
        </span>
      </label>
      <label className="radio-card">
        <input
          type="radio"
          name="overflow"
          checked={summary.overflow === 'close'}
          disabled={disabled}
          onChange={() => update({ overflow: 'close' })}
        />
        <span>
          <strong>End when the first day’s hours close</strong>
          <span className="muted">
            {summary.overflow === 'close' && summary.notReachedBeforeEnd > 0
              ? `About ${countOf(summary.notReachedBeforeEnd, 'number')} left uncalled`
              : 'The numbers not reached by then are left uncalled'}
          </span>
        </span>
      </label>
    </div>
  );
}
