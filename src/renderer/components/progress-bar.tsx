import { formatCount, formatPercent } from '../lib/format';
import { Button } from './button';

export interface ProgressBarProps {
  /** What is running, e.g. "Importing leads.csv"; also names the cancel button. */
  title: string;
  done: number;
  /** Null while the size is not known yet: the bar pulses instead of filling. */
  total: number | null;
  message?: string;
  /** Unit for the counts, e.g. "rows". */
  unit?: string;
  /** The total is an estimate: shown as "about". */
  estimated?: boolean;
  onCancel?: () => void;
  cancelling?: boolean;
  compact?: boolean;
  /** False when a heading nearby already names the job; the bar keeps it as its accessible name. */
  showTitle?: boolean;
}

export function ProgressBar({
  title,
  done,
  total,
  message,
  unit = '',
  estimated = false,
  onCancel,
  cancelling,
  compact,
  showTitle = true,
}: ProgressBarProps) {
  const known = total !== null && total > 0;
  // An estimate can be passed before the end: the bar stops short of full until the count is known.
  const width = known ? Math.min(estimated ? 99 : 100, (done / total) * 100) : 0;
  const of = estimated ? 'of about' : 'of';
  const counts = known
    ? `${formatCount(done)} ${of} ${formatCount(total)}${unit ? ` ${unit}` : ''}${estimated ? ' (estimated)' : ''}`
    : `${formatCount(done)}${unit ? ` ${unit}` : ''}`;
  return (
    <div className={compact ? 'progress progress-compact' : 'progress'}>
      <div className="progress-head">
        {showTitle ? <span className="progress-title">{title}</span> : null}
        <span className="progress-counts num">
          {counts}
          {known ? <span className="progress-pct"> · {formatPercent(Math.min(done, estimated ? total * 0.99 : total), total)}</span> : null}
        </span>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel} busy={cancelling} aria-label={`Cancel ${title}`}>
            Cancel
          </Button>
        ) : null}
      </div>
      <div
        className={known ? 'progress-track' : 'progress-track progress-indeterminate'}
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={counts}
      >
        <div className="progress-fill" style={known ? { width: `${width}%` } : undefined} />
      </div>
      {message && !compact ? <p className="progress-message">{message}</p> : null}
    </div>
  );
}
