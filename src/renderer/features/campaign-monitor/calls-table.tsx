import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { CallRow } from '../../../shared/campaigns/schemas';
import { KNOWN_CALL_STATUSES, type CallStatus } from '../../../shared/exotel';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { formatCount, formatDateTime } from '../../lib/format';
import { useCallsPager } from './calls-pager';
import { callStatusLook } from './status-look';

const ROW_HEIGHT = 32;
const COLUMNS = [
  { key: 'number', title: 'Number', width: 150 },
  { key: 'name', title: 'Name', width: 150 },
  { key: 'status', title: 'Outcome', width: 120 },
  { key: 'duration', title: 'Duration', width: 80, numeric: true },
  { key: 'start', title: 'Started', width: 150 },
  { key: 'digit', title: 'Key', width: 60 },
] as const;
const TEMPLATE = COLUMNS.map((c) => `${c.width}px`).join(' ') + ' 1fr';

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function Cells({ row }: { row: CallRow }) {
  const look = callStatusLook(row.status, row.statusText);
  return (
    <>
      <div className="vcell num">{row.number}</div>
      <div className="vcell">{row.name ?? <span className="muted">—</span>}</div>
      <div className="vcell">
        <Badge tone={look.tone}>{look.label}</Badge>
      </div>
      <div className="vcell num cell-num">{duration(row.durationSeconds)}</div>
      <div className="vcell">{row.startTime ? formatDateTime(row.startTime) : '—'}</div>
      <div className="vcell">{row.digit ?? ''}</div>
      <div className="vcell" />
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
  const pager = useCallsPager(campaignId, filter, version);
  const page = pager.last;
  const count = page?.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer hands back fresh functions each render by design
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => pager.want(first, last));
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [campaignId, filter]);

  const counts = page?.counts ?? {};
  const others = Object.keys(counts).filter((s) => !(KNOWN_CALL_STATUSES as readonly string[]).includes(s));
  const chips: { label: string; statuses: CallStatus[]; count: number }[] = [
    { label: 'All calls', statuses: [], count: page?.loaded ?? 0 },
    ...KNOWN_CALL_STATUSES.map((s) => ({ label: callStatusLook(s, s).label, statuses: [s], count: counts[s] ?? 0 })),
    ...others.map((s) => ({ label: 'Other', statuses: [s as CallStatus], count: counts[s] ?? 0 })),
  ];
  const chosen = filter.join(',');

  return (
    <section className="cm-calls" aria-label="Call details">
      <div className="cm-calls-head">
        <h3 title="Every call Exotel placed, retries included; a number called twice shows twice.">Call attempts</h3>
        <div className="cm-chips" role="group" aria-label="Filter calls by outcome">
          {chips.map((chip) => (
            <button
              key={chip.label}
              type="button"
              className={chip.statuses.join(',') === chosen ? 'cm-chip is-chosen' : 'cm-chip'}
              aria-pressed={chip.statuses.join(',') === chosen}
              onClick={() => onFilter(chip.statuses)}
            >
              {chip.label} <strong className="num">{formatCount(chip.count)}</strong>
            </button>
          ))}
        </div>
        <span className="cm-calls-note muted" role="status">
          {page === null
            ? 'Loading calls…'
            : page.complete
              ? `All ${formatCount(page.loaded)} calls read${page.lastSyncedAt ? ` at ${formatDateTime(page.lastSyncedAt)}` : ''}`
              : `${formatCount(page.loaded)}${page.exotelTotal !== null ? ` of ${formatCount(page.exotelTotal)}` : ''} calls read so far; scroll to read more`}
        </span>
      </div>
      {page?.notice ? <div className="banner banner-warn">{page.notice}</div> : null}
      {pager.error ? (
        <div className="banner banner-bad banner-row" role="alert">
          Could not load calls: {pager.error}
          <Button size="sm" onClick={() => pager.retry()}>
            Try again
          </Button>
        </div>
      ) : null}
      <div className="vtable-frame cm-calls-frame">
        <div ref={scrollRef} className="vtable-scroll cm-calls-scroll" role="table" aria-label="Calls" aria-rowcount={count + 1} tabIndex={0}>
          <div className="vtable-inner" style={{ height: virtualizer.getTotalSize() + ROW_HEIGHT }}>
            <div className="vtable-head" role="row" style={{ gridTemplateColumns: TEMPLATE }}>
              {COLUMNS.map((c) => (
                <div key={c.key} role="columnheader" className={'numeric' in c ? 'vcell num cell-num' : 'vcell'}>
                  {c.title}
                </div>
              ))}
              <div className="vcell" />
            </div>
            {items.map((item) => {
              const row = pager.row(item.index);
              return (
                <div key={item.key} role="row" className="vrow" style={{ gridTemplateColumns: TEMPLATE, transform: `translateY(${item.start + ROW_HEIGHT}px)` }}>
                  {row ? <Cells row={row} /> : <div className="vcell vcell-loading"><span className="skeleton" /></div>}
                </div>
              );
            })}
          </div>
          {page !== null && count === 0 ? (
            <p className="vtable-empty muted">{filter.length ? 'No calls with this outcome yet.' : 'No calls yet: they appear here once the campaign starts calling.'}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
