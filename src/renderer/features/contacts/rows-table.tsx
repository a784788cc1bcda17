import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RowStatus, VariableMapping } from '../../../shared/contacts/schemas';
import { ErrorBanner } from '../../components/error-notice';
import { ColumnPicker } from './column-picker';
import { useRowsWindow } from './use-rows-window';
import { useSideScroll } from './use-side-scroll';
import { columnsFor, EXPANDED_ESTIMATE, ROW_HEIGHT, VirtualRow } from './virtual-row';

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

/**
 * Every row of a list, however many: only the rows in view (plus a margin) exist in the page, and
 * their data comes a page at a time through contacts:rows.
 */
export function RowsTable({ listId, status, total, variables, headers, country, label }: RowsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const paged = useRowsWindow(listId, status);
  const count = paged.total ?? total;
  const allColumns = useMemo(() => columnsFor(variables, headers), [variables, headers]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const columns = useMemo(() => allColumns.filter((c) => !hidden.has(c.key)), [allColumns, hidden]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [shownFor, setShownFor] = useState(`${listId}/${status ?? ''}`);
  if (shownFor !== `${listId}/${status ?? ''}`) {
    // Another list or filter: row indexes mean other rows now.
    setShownFor(`${listId}/${status ?? ''}`);
    setExpanded(new Set());
  }
  const template = columns.map((c) => (c.grow ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' ');
  const width = columns.reduce((sum, c) => sum + c.width, 0);

  // The virtualizer hands back fresh functions each render; it is meant to be used this way.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (expanded.has(index) ? EXPANDED_ESTIMATE : ROW_HEIGHT),
    overscan: 12,
  });
  const toggle = useCallback((index: number) => {
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }, []);
  useEffect(() => {
    // Sizes measured for the old set of expanded rows no longer hold.
    virtualizer.measure();
  }, [virtualizer, expanded]);
  const moreToTheRight = useSideScroll(scrollRef, columns);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    paged.want(first, last);
  }, [paged, first, last]);

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [listId, status]);

  return (
    <div className={`vtable-frame${moreToTheRight ? ' has-more-right' : ''}`}>
      <div className="vtable-tools">
        {moreToTheRight ? (
          <p className="vtable-cue" role="note">
            More columns to the right: scroll sideways (Shift + mouse wheel) or hide some →
          </p>
        ) : (
          <p className="vtable-cue muted">Click a reason to read it whole.</p>
        )}
        <ColumnPicker columns={allColumns} hidden={hidden} onChange={setHidden} />
      </div>
      <ErrorBanner
        lead="Could not load rows:"
        message={paged.error}
        action={{ label: 'Try again', onClick: () => paged.retry() }}
        className="vtable-error"
      />
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
              <div
                key={column.key}
                role="columnheader"
                className={column.numeric ? 'vcell num cell-num' : 'vcell'}
                title={column.hint ? `${column.title}: ${column.hint}` : undefined}
              >
                {column.title}
              </div>
            ))}
          </div>
          {items.map((item) => (
            <VirtualRow
              key={item.key}
              index={item.index}
              start={item.start}
              row={paged.row(item.index)}
              columns={columns}
              template={template}
              country={country}
              expanded={expanded.has(item.index)}
              onToggle={toggle}
              measure={virtualizer.measureElement}
            />
          ))}
        </div>
        {count === 0 ? <p className="vtable-empty muted">No rows with this status.</p> : null}
      </div>
    </div>
  );
}
