import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CallRow, CallSort } from '../../../shared/campaigns/schemas';
import { KNOWN_CALL_STATUSES, type CallStatus } from '../../../shared/exotel';
import { Badge } from '../../components/badge';
import { ErrorBanner } from '../../components/error-notice';
import { SearchBox } from '../../components/search-box';
import { formatCount, formatDateTime } from '../../lib/format';
import { callsReadNote } from './calls-read-note';
import { useCallsWindow } from './calls-window';
import { callStatusLook } from './status-look';

const ROW_HEIGHT = 32;
// Widths add up to what a campaign's detail has at 1280 px (about 740 px), so every heading reads whole there.
const COLUMNS: ReadonlyArray<{ key: string; title: string; width: number; numeric?: boolean; sort?: CallSort }> = [
  { key: 'number', title: 'Number', width: 140, sort: 'number' },
  { key: 'name', title: 'Name', width: 116 },
  { key: 'status', title: 'Outcome', width: 112, sort: 'status' },
  { key: 'attempt', title: 'Attempt', width: 80, numeric: true },
  // Wide enough for "59 min 59 s" and the header with its sort arrow.
  { key: 'duration', title: 'Duration', width: 96, numeric: true, sort: 'duration' },
  { key: 'start', title: 'Started', width: 140, sort: 'time' },
  // Shown only when some call had a key pressed, so the rest fit a campaign's detail at 1280 px.
  { key: 'digit', title: 'Key pressed', width: 96 },
];
const WITHOUT_DIGIT = COLUMNS.filter((c) => c.key !== 'digit');
const template = (columns: typeof COLUMNS) => columns.map((c) => `${c.width}px`).join(' ') + ' 1fr';

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function Cells({ row, withDigit }: { row: CallRow; withDigit: boolean }) {
  const look = callStatusLook(row.status, row.statusText);
  return (
    <>
      <div role="cell" className="vcell num">
        {row.number}
      </div>
      <div role="cell" className="vcell">
        {row.name ?? <span className="muted">—</span>}
      </div>
      <div role="cell" className="vcell">
        <Badge tone={look.tone}>{look.label}</Badge>
      </div>
      <div role="cell" className="vcell num cell-num">
        {row.attempt}
      </div>
      <div role="cell" className="vcell num cell-num">
        {duration(row.durationSeconds)}
      </div>
      <div role="cell" className="vcell">
        {row.startTime ? formatDateTime(row.startTime) : '—'}
      </div>
      {withDigit ? (
        <div role="cell" className="vcell">
          {row.digit ?? ''}
        </div>
      ) : null}
      <div className="vcell" aria-hidden="true" />
    </>
  );
}

export interface CallsTableProps {
  campaignId: string;
  /** Changes when the campaign was synced again, so the pages are read afresh. */
  version: string;
  filter: readonly CallStatus[];
  onFilter: (filter: CallStatus[]) => void;
}

/** Every call of the campaign, a page at a time; the counts above it add up and each one filters the table. */
export function CallsTable({ campaignId, version, filter, onFilter }: CallsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ by: CallSort; desc: boolean }>({ by: 'time', desc: false });
  const paged = useCallsWindow(campaignId, { filter, search, sort: sort.by, desc: sort.desc }, version);
  const page = paged.latest;
  const count = page?.total ?? 0;
  // The Key column only when some call of the campaign had a key pressed (an IVR menu); else it is always empty.
  const withDigit = page?.withDigit ?? false;
  const columns = withDigit ? COLUMNS : WITHOUT_DIGIT;
  const gridColumns = template(columns);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer hands back fresh functions each render by design
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => paged.want(first, last));
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [campaignId, filter, search, sort]);

  const counts = page?.counts ?? {};
  const others = Object.keys(counts).filter((s) => !(KNOWN_CALL_STATUSES as readonly string[]).includes(s));
  const chips: { label: string; statuses: CallStatus[]; count: number }[] = [
    { label: 'All', statuses: [], count: page?.loaded ?? 0 },
    ...KNOWN_CALL_STATUSES.map((s) => ({ label: callStatusLook(s, s).label, statuses: [s], count: counts[s] ?? 0 })),
    ...others.map((s) => ({ label: 'Other', statuses: [s as CallStatus], count: counts[s] ?? 0 })),
  ];
  const chosen = filter.join(',');
  const numberCounts = page?.numberCounts ?? {};
  const numbersCalled = Object.values(numberCounts).reduce((a, b) => a + b, 0);
  const chosenNumbers = filter.reduce((sum, s) => sum + (numberCounts[s] ?? 0), 0);
  const chosenCalls = filter.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const chosenLabel = filter.map((s) => callStatusLook(s, s).label.toLowerCase()).join(' or ');
  const sortBy = (by: CallSort) => setSort((now) => ({ by, desc: now.by === by ? !now.desc : by === 'duration' }));

  return (
    <section className="cm-calls" aria-label="Call details">
      <div className="cm-calls-head">
        <h3 title="Every call Exotel placed, retries included; a number called twice shows twice.">Calls</h3>
        <div className="cm-chips" role="group" aria-label="Filter calls by outcome">
          {chips.map((chip) => (
            <button
              key={chip.label}
              type="button"
              className={chip.statuses.join(',') === chosen ? 'cm-chip is-chosen' : 'cm-chip'}
              aria-pressed={chip.statuses.join(',') === chosen}
              onClick={() => onFilter(chip.statuses)}
            >
              {chip.label} <strong className="num">{formatCount(chip.count)}</strong> {chip.count === 1 ? 'call' : 'calls'}
            </button>
          ))}
        </div>
        <div className="cm-calls-tools">
          <SearchBox label="Search a number" value={search} onChange={setSearch} />
        </div>
        <span className="cm-calls-note muted" role="status">
          {callsReadNote(page)}
        </span>
      </div>
      {page ? (
        <p className="cm-calls-explain muted" data-testid="calls-explain">
          {filter.length
            ? `${formatCount(chosenNumbers)} of ${formatCount(numbersCalled)} numbers called ended ${chosenLabel} on their last call; ${formatCount(chosenCalls)} of all ${formatCount(page.loaded)} calls were ${chosenLabel}.`
            : `${formatCount(page.loaded)} calls to ${formatCount(numbersCalled)} numbers: a number called again (a retry) counts once as a number and once per call.`}
        </p>
      ) : null}
      {page?.notice ? <div className="banner banner-warn">{page.notice}</div> : null}
      <ErrorBanner lead="Could not load calls:" message={paged.error} action={{ label: 'Try again', onClick: () => paged.retry() }} />
      <div className="vtable-frame cm-calls-frame">
        <div
          ref={scrollRef}
          className="vtable-scroll cm-calls-scroll"
          role="table"
          aria-label="Calls"
          aria-rowcount={count + 1}
          tabIndex={0}
        >
          <div className="vtable-inner" style={{ height: virtualizer.getTotalSize() + ROW_HEIGHT }}>
            <div className="vtable-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: gridColumns }}>
              {columns.map((c) => {
                const sorted = c.sort !== undefined && sort.by === c.sort;
                return (
                  <div
                    key={c.key}
                    role="columnheader"
                    aria-sort={sorted ? (sort.desc ? 'descending' : 'ascending') : undefined}
                    className={c.numeric ? 'vcell num cell-num' : 'vcell'}
                  >
                    {c.sort ? (
                      <button
                        type="button"
                        className="cm-sort"
                        onClick={() => sortBy(c.sort as CallSort)}
                        title={`Sort by ${c.title.toLowerCase()}`}
                      >
                        {c.title}
                        {sorted ? <span aria-hidden="true">{sort.desc ? ' ▼' : ' ▲'}</span> : null}
                      </button>
                    ) : (
                      c.title
                    )}
                  </div>
                );
              })}
              <div className="vcell" aria-hidden="true" />
            </div>
            {items.map((item) => {
              const row = paged.row(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="vrow"
                  style={{ gridTemplateColumns: gridColumns, transform: `translateY(${item.start + ROW_HEIGHT}px)` }}
                >
                  {row ? (
                    <Cells row={row} withDigit={withDigit} />
                  ) : (
                    <div role="cell" className="vcell vcell-loading" aria-busy="true">
                      <span className="skeleton" />
                      <span className="visually-hidden">Loading call {formatCount(item.index + 1)}</span>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
          {page !== null && count === 0 ? (
            <p className="vtable-empty muted">
              {search.replace(/[^\d]/g, '')
                ? 'No call to a number with these digits.'
                : filter.length
                  ? 'No calls with this outcome yet.'
                  : 'No calls yet: they appear here once the campaign starts calling.'}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
