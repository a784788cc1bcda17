import { outcomeCounts } from '../../../shared/campaigns/outcomes';
import type { CampaignStats } from '../../../shared/exotel';
import { formatCount } from '../../lib/format';
import { share } from './report-format';

/** Every number in one bar, each outcome with its app-wide colour and pattern, and its count and share written out. */
export function ReportOutcomes({ stats }: { stats: CampaignStats | null }) {
  const counts = stats ? outcomeCounts(stats) : [];
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const shown = counts.filter((c) => c.count > 0);
  return (
    <section className="report-block" aria-label="Numbers by outcome">
      <h2>Numbers by outcome</h2>
      <div
        className="cm-bar report-bar"
        role="img"
        aria-label={shown.map((c) => `${c.group.label} ${formatCount(c.count)}`).join(', ') || 'No numbers yet'}
      >
        {total === 0 ? (
          <div className="cm-bar-empty">{stats ? 'No numbers yet' : 'Exotel has not counted this campaign’s numbers yet'}</div>
        ) : null}
        {shown.map((c) => (
          <div key={c.group.key} className={`cm-seg cm-seg-${c.group.key}`} style={{ flexGrow: c.count }} />
        ))}
      </div>
      <ul className="report-legend">
        {counts.map((c) => (
          <li key={c.group.key} className={c.count === 0 ? 'is-zero' : undefined}>
            <span className={`cm-swatch cm-seg-${c.group.key}`} aria-hidden="true" />
            <span>{c.group.label}</span>
            <strong className="num" data-outcome={c.group.key}>
              {formatCount(c.count)}
            </strong>
            <span className="num report-faint">{share(c.count, total)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
