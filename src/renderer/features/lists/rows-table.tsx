import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ContactRow, RowStatus, VariableMapping } from '../../../shared/imports/schemas';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { formatCount } from '../../lib/format';
import { ROW_STATUS } from '../../lib/status';
import { rowReason } from './reason-text';
import { useRowPager } from './use-row-pager';

const ROW_HEIGHT = 32;

export interface RowsTableProps {
  listId: string;
  status?: RowStatus | undefined;
  /** How many rows the filter holds, known from the list's counts before any page arrives. */
  total: number;
  variables: VariableMapping[];
  headers: string[];
  country: string;
  label: string;
}

interface Column {
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
function columnsFor(variables: VariableMapping[], headers: string[]): Column[] {
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

/**
 * Every row of a list, however many: only the rows in view (plus a margin) exist in the page, and
 * their data comes a page at a time through lists:rows.
 */
export function RowsTable({ listId, status, total, variables, headers, country, label }: RowsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pager = useRowPager(listId, status);
  const count = pager.total ?? total;
  const columns = columnsFor(variables, headers);
  const template = columns.map((c) => (c.grow ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' ');
  const width = columns.reduce((sum, c) => sum + c.width, 0);

  // The virtualizer hands back fresh functions each render; it is meant to be used this way.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    pager.want(first, last);
  }, [pager, first, last]);

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [listId, status]);

  return (
    <div className="vtable-frame">
      {pager.error ? (
        <div className="banner banner-bad banner-row vtable-error" role="alert">
          Could not load rows: {pager.error}
          <Button size="sm" onClick={() => pager.retry()}>
            Try again
          </Button>
        </div>
      ) : null}
      <div
        ref={scrollRef}
        className="vtable-scroll"
        role="table"
        aria-label={label}
        aria-rowcount={count + 1}
        aria-colcount={columns.length}
        tabIndex={0}
      >
        <div className="vtable-inner" style={{ height: virtualizer.getTotalSize() + ROW_HEIGHT, minWidth: width }}>
          <div className="vtable-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
            {columns.map((column) => (
              <div key={column.key} role="columnheader" className={column.numeric ? 'vcell num cell-num' : 'vcell'} title={column.hint ? `${column.title}: ${column.hint}` : undefined}>
                {column.title}
              </div>
            ))}
          </div>
          {items.map((item) => {
            const row = pager.row(item.index);
            const tone = row ? `vrow-${row.status}` : 'vrow-loading';
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`vrow ${tone}`}
                style={{ transform: `translateY(${item.start + ROW_HEIGHT}px)`, gridTemplateColumns: template }}
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
                    <span className="visually-hidden">Loading row {formatCount(item.index + 1)}</span>
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {count === 0 ? <p className="vtable-empty muted">No rows with this status.</p> : null}
      </div>
    </div>
  );
}
