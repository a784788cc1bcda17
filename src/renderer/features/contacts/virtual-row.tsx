import { memo } from 'react';
import type { ContactRow, VariableMapping } from '../../../shared/contacts/schemas';
import { Badge } from '../../components/badge';
import { formatCount } from '../../lib/format';
import { ROW_STATUS } from '../../lib/status';
import { describeProblem } from '../../../shared/contacts/describe-reason';
import { noteLabel, rowReason } from './reason-text';

export const ROW_HEIGHT = 32;
/** A first guess for a row whose reason is shown in full; the real height is measured once drawn. */
export const EXPANDED_ESTIMATE = 72;

export interface Column {
  key: string;
  title: string;
  /** Minimum width; the reason column also takes whatever room is left. */
  width: number;
  grow?: boolean;
  hint?: string;
  numeric?: boolean;
  /** The sheet's headers, for the result column to say which column a number came from. */
  headers?: readonly string[];
}

// One "result" column says what happens to each row: the number that will be called, or why not.
// It comes before the variables so the reason stays in view on a laptop screen.
export function columnsFor(variables: VariableMapping[], headers: string[]): Column[] {
  return [
    { key: 'row', title: 'Row', width: 96, numeric: true, hint: 'Line in the sheet' },
    { key: 'raw', title: 'Number in sheet', width: 140 },
    // Wide enough for the widest badge, “! Duplicate”.
    { key: 'status', title: 'Status', width: 110 },
    { key: 'result', title: 'Will call, or why not', width: 280, grow: true, headers },
    ...variables.map((v) => ({ key: `v:${v.name}`, title: v.name, width: 130, hint: headers[v.column] })),
  ];
}

/** The number called, and when the sheet held more than it (or it came from another column), a word on that. */
function ValidResult({ row, headers }: { row: ContactRow; headers: readonly string[] }) {
  const from = typeof row.numberColumn === 'number' ? (headers[row.numberColumn] ?? `Column ${row.numberColumn + 1}`) : null;
  return (
    <>
      <span className="mono">{row.number}</span>
      {row.note ? (
        <span className="row-source muted" title={describeProblem(row) ?? undefined}>
          {noteLabel(row.note)}
        </span>
      ) : null}
      {from ? <span className="row-source muted">from {from}</span> : null}
    </>
  );
}

interface CellProps {
  row: ContactRow;
  column: Column;
  country: string;
  expanded: boolean;
  onToggle: () => void;
}

function Cell({ row, column, country, expanded, onToggle }: CellProps) {
  switch (column.key) {
    case 'row':
      return <>{formatCount(row.rowNumber)}</>;
    case 'raw':
      return <span className="mono">{row.raw || <span className="muted">(empty)</span>}</span>;
    case 'status': {
      const status = ROW_STATUS[row.status];
      return <Badge tone={status.tone}>{status.label}</Badge>;
    }
    case 'result':
      if (row.status === 'valid') return <ValidResult row={row} headers={column.headers ?? []} />;
      // The reason is a button: one click shows it whole, wrapped, instead of cut off behind a tooltip.
      return (
        <button
          type="button"
          className={`reason-toggle ${row.status === 'invalid' ? 'text-bad' : 'text-warn'}`}
          aria-expanded={expanded}
          title={expanded ? 'Show less' : 'Show the whole reason'}
          onClick={onToggle}
        >
          {rowReason(row, country)}
        </button>
      );
    default:
      return <>{row.variables[column.key.slice(2)] ?? ''}</>;
  }
}

export interface VirtualRowProps {
  index: number;
  start: number;
  row: ContactRow | undefined;
  columns: Column[];
  template: string;
  country: string;
  expanded: boolean;
  onToggle: (index: number) => void;
  /** Measures an expanded row's real height; rows of the usual height are not measured. */
  measure: (element: Element | null) => void;
}

/**
 * One 32 px row. Memoised: while the user scrolls, rows already on screen keep their props (same
 * cached row object, same position), so only the rows coming into view render.
 */
export const VirtualRow = memo(function VirtualRow({
  index,
  start,
  row,
  columns,
  template,
  country,
  expanded,
  onToggle,
  measure,
}: VirtualRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      ref={expanded ? measure : undefined}
      className={`vrow ${row ? `vrow-${row.status}` : 'vrow-loading'}${expanded ? ' vrow-expanded' : ''}`}
      style={{ transform: `translateY(${start + ROW_HEIGHT}px)`, gridTemplateColumns: template }}
    >
      {row ? (
        columns.map((column) => (
          <div key={column.key} role="cell" className={column.numeric ? 'vcell num cell-num' : 'vcell'}>
            <Cell row={row} column={column} country={country} expanded={expanded} onToggle={() => onToggle(index)} />
          </div>
        ))
      ) : (
        <div role="cell" className="vcell vcell-loading" aria-busy="true">
          <span className="skeleton" />
          <span className="visually-hidden">Loading row {formatCount(index + 1)}</span>
        </div>
      )}
    </div>
  );
});
