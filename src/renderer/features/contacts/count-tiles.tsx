import type { ImportCounts, RowStatus } from '../../../shared/contacts/schemas';
import { formatCount, countOf } from '../../lib/format';
import { noteLabel, reasonLabel } from './reason-text';

export type RowFilter = RowStatus | undefined;

interface TileProps {
  label: string;
  value: number;
  tone: string;
  pressed: boolean;
  onClick: () => void;
}

function Tile({ label, value, tone, pressed, onClick }: TileProps) {
  return (
    <button
      type="button"
      className={`tile tile-${tone}`}
      aria-pressed={pressed}
      onClick={onClick}
      title={`Show ${label.toLowerCase()} rows`}
    >
      <span className="tile-label">
        <span className="tile-dot" aria-hidden="true" />
        {label}
      </span>
      <span className="tile-value num">{formatCount(value)}</span>
    </button>
  );
}

/**
 * The totals as an equation people can check (valid + invalid + duplicate = rows); each count is a
 * button that shows the rows behind it.
 */
export function CountTiles({ counts, filter, onFilter }: { counts: ImportCounts; filter: RowFilter; onFilter: (f: RowFilter) => void }) {
  const sum = counts.valid + counts.invalid + counts.duplicate;
  const reasons = Object.entries(counts.invalidReasons)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const notes = Object.entries(counts.notes ?? {}).filter(([, n]) => n > 0);
  const toggle = (status: RowStatus) => onFilter(filter === status ? undefined : status);

  return (
    <div className="counts" role="group" aria-label="Row totals">
      <div className="tiles">
        <Tile label="All rows" value={counts.rows} tone="all" pressed={filter === undefined} onClick={() => onFilter(undefined)} />
        <span className="tile-op" aria-hidden="true">
          =
        </span>
        <Tile label="Valid" value={counts.valid} tone="ok" pressed={filter === 'valid'} onClick={() => toggle('valid')} />
        <span className="tile-op" aria-hidden="true">
          +
        </span>
        <Tile label="Invalid" value={counts.invalid} tone="bad" pressed={filter === 'invalid'} onClick={() => toggle('invalid')} />
        <span className="tile-op" aria-hidden="true">
          +
        </span>
        <Tile label="Duplicate" value={counts.duplicate} tone="warn" pressed={filter === 'duplicate'} onClick={() => toggle('duplicate')} />
        <div className="tile tile-static" title="Blank lines in the sheet hold no contact, so they are not rows of the list">
          <span className="tile-label">Skipped</span>
          <span className="tile-value num">{formatCount(counts.skippedEmpty)}</span>
          <span className="tile-foot">{counts.skippedEmpty === 1 ? 'empty line' : 'empty lines'}</span>
        </div>
      </div>
      <p className="counts-check num">
        {formatCount(counts.valid)} valid + {formatCount(counts.invalid)} invalid + {formatCount(counts.duplicate)} duplicate ={' '}
        {countOf(counts.rows, 'row')}
        {counts.skippedEmpty ? `; ${countOf(counts.skippedEmpty, 'empty line')} skipped` : ''}.
        {sum !== counts.rows ? (
          <strong className="text-bad" role="alert">
            {' '}
            These counts do not add up ({formatCount(sum)} ≠ {formatCount(counts.rows)}): import the sheet again.
          </strong>
        ) : null}
      </p>
      {reasons.length ? (
        <p className="reasons">
          <span className="muted">Why rows are invalid: </span>
          {reasons.map(([code, n], i) => (
            <span key={code} className="reason-chip">
              {i > 0 ? ' · ' : ''}
              {reasonLabel(code)} <span className="num">{formatCount(n)}</span>
            </span>
          ))}
        </p>
      ) : null}
      {notes.length || counts.fromOtherColumn ? (
        <p className="reasons">
          <span className="muted">Valid, with a note: </span>
          {notes.map(([code, n], i) => (
            <span key={code} className="reason-chip">
              {i > 0 ? ' · ' : ''}
              {noteLabel(code)} <span className="num">{formatCount(n)}</span>
            </span>
          ))}
          {counts.fromOtherColumn ? (
            <span className="reason-chip">
              {notes.length ? ' · ' : ''}
              Number from another column <span className="num">{formatCount(counts.fromOtherColumn)}</span>
            </span>
          ) : null}
        </p>
      ) : null}
      {counts.titleRows ? (
        <p className="muted">
          {countOf(counts.titleRows, 'row')} of title above the column names {counts.titleRows === 1 ? 'is' : 'are'} not a contact and not
          counted.
        </p>
      ) : null}
      {counts.ragged ? (
        <p className="muted">{countOf(counts.ragged, 'row')} had more or fewer cells than the header; each is kept and marked.</p>
      ) : null}
    </div>
  );
}
