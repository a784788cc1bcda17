import { memo } from 'react';
import type { ContactRow, VariableMapping } from '../../../shared/imports/schemas';
import { Badge } from '../../components/badge';
import { formatCount } from '../../lib/format';
import { ROW_STATUS } from '../../lib/status';
import { rowReason } from './reason-text';

export const ROW_HEIGHT = 32;

export interface Column {
  key: string;
  title: string;
  /** Minimum width; the reason column also takes whatever room is left. */
  width: number;
  grow?: boolean;
  hint?: string;
  numeric?: boolean;
}

// One "result" column says what happens to each row: the number that will be called, or why not.
// It comes before the variables so the reason stays in view on a laptop screen.
export function columnsFor(variables: VariableMapping[], headers: string[]): Column[] {
  return [
    { key: 'row', title: 'Row', width: 84, numeric: true, hint: 'Line in the sheet' },
    { key: 'raw', title: 'Number in sheet', width: 150 },
    { key: 'status', title: 'Status', width: 104 },
    { key: 'result', title: 'Will call, or why not', width: 300, grow: true },
    ...variables.map((v) => ({ key: `v:${v.name}`, title: v.name, width: 140, hint: headers[v.column] })),
  ];
}

function Cell({ row, column, country }: { row: ContactRow; column: Column; country: string }) {
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
      if (row.status === 'valid') return <span className="mono">{row.number}</span>;
      return <span className={row.status === 'invalid' ? 'text-bad' : 'text-warn'}>{rowReason(row, country)}</span>;
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
}

/**
 * One 32 px row. Memoised: while the user scrolls, rows already on screen keep their props (same
 * cached row object, same position), so only the rows coming into view render.
 */
export const VirtualRow = memo(function VirtualRow({ index, start, row, columns, template, country }: VirtualRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`vrow ${row ? `vrow-${row.status}` : 'vrow-loading'}`}
      style={{ transform: `translateY(${start + ROW_HEIGHT}px)`, gridTemplateColumns: template }}
    >
      {row ? (
        columns.map((column) => (
          <div
            key={column.key}
            role="cell"
            className={column.numeric ? 'vcell num cell-num' : 'vcell'}
            title={column.key === 'result' && row.status !== 'valid' ? rowReason(row, country) : undefined}
          >
            <Cell row={row} column={column} country={country} />
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
