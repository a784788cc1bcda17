import type { CallStatus, CampaignStats } from '../../../shared/exotel';
import { outcomeCounts, type OutcomeKey } from '../../../shared/campaigns/outcomes';
import { countOf, formatCount, formatPercent } from '../../lib/format';

export interface OutcomeBarProps {
  stats: CampaignStats;
  /** Before the start Exotel counts no number: how many the campaign will call, when known. */
  planned?: number | null;
  /** The call outcomes the calls table is filtered to, so the matching count shows as chosen. */
  filter: readonly CallStatus[];
  onFilter: (calls: CallStatus[]) => void;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Every number of the campaign in one bar: each outcome its colour, its own pattern and its name, so the bar
 * reads without colour. The counts beside it add up to the total, and a count with calls behind it filters the
 * calls table.
 */
export function OutcomeBar({ stats, planned = null, filter, onFilter }: OutcomeBarProps) {
  const counts = outcomeCounts(stats);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const shown = counts.filter((c) => c.count > 0);
  const waiting = total === 0 && planned !== null && planned > 0 ? planned : null;
  const empty = waiting === null ? 'No numbers yet' : `${countOf(waiting, 'number')} to call once it starts: Exotel counts them from then`;
  return (
    <section className="cm-outcomes" aria-label="Numbers by outcome">
      <h3
        className="cm-outcomes-title"
        title="Each number of the campaign counted once, by where it stands now; the calls below count every attempt."
      >
        Numbers
      </h3>
      <div className="cm-bar" role="img" aria-label={shown.map((c) => `${c.group.label} ${formatCount(c.count)}`).join(', ') || empty}>
        {total === 0 ? <div className="cm-bar-empty">{empty}</div> : null}
        {shown.map((c) => (
          <div
            key={c.group.key}
            className={`cm-seg cm-seg-${c.group.key}`}
            style={{ flexGrow: c.count }}
            title={`${c.group.label}: ${formatCount(c.count)} (${formatPercent(c.count, total)})`}
          >
            {c.count / total >= 0.08 ? <span className="cm-seg-label">{c.group.label}</span> : null}
          </div>
        ))}
      </div>
      <ul className="cm-legend" aria-label="Numbers by outcome">
        {counts.map((c) => (
          <li key={c.group.key} className={c.count === 0 ? 'cm-legend-item is-zero' : 'cm-legend-item'}>
            <LegendEntry
              keyName={c.group.key}
              label={c.group.label}
              hint={c.group.hint}
              count={c.count}
              total={total}
              calls={c.group.calls}
              chosen={c.group.calls.length > 0 && same(filter, c.group.calls)}
              onFilter={onFilter}
            />
          </li>
        ))}
        <li className="cm-legend-total" data-testid="outcome-total">
          <span>Total</span>
          <strong className="num">{formatCount(waiting ?? total)}</strong>
          <span className="muted">{waiting === null ? 'numbers' : 'numbers to call'}</span>
        </li>
      </ul>
    </section>
  );
}

function LegendEntry(props: {
  keyName: OutcomeKey;
  label: string;
  hint: string;
  count: number;
  total: number;
  calls: readonly CallStatus[];
  chosen: boolean;
  onFilter: (calls: CallStatus[]) => void;
}) {
  const body = (
    <>
      <span className={`cm-swatch cm-seg-${props.keyName}`} aria-hidden="true" />
      <span className="cm-legend-label">{props.label}</span>
      <strong className="num" data-outcome={props.keyName}>
        {formatCount(props.count)}
      </strong>
      <span className="cm-legend-pct num muted">{formatPercent(props.count, props.total)}</span>
    </>
  );
  if (props.calls.length === 0) {
    return (
      <span className="cm-legend-entry" title={props.hint}>
        {body}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={props.chosen ? 'cm-legend-entry is-chosen' : 'cm-legend-entry'}
      aria-pressed={props.chosen}
      title={`${props.hint} Click to see these calls.`}
      onClick={() => props.onFilter(props.chosen ? [] : [...props.calls])}
    >
      {body}
    </button>
  );
}
