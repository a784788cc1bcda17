import { useState, type ReactNode } from 'react';
import type { CampaignRow } from '../../../shared/campaigns/schemas';
import { Badge } from '../../components/badge';
import { SearchBox } from '../../components/search-box';
import { formatDateTime } from '../../lib/format';
import { rowProgressText, startsLater } from './row-progress-text';
import { useOutbox } from '../outbox/outbox-store';
import { pendingAction } from './action-state';
import { BulkActions, type BulkResult } from './bulk-actions';
import './campaign-actions.css';
import { campaignStatusLook } from './status-look';

export interface CampaignListProps {
  campaigns: CampaignRow[];
  selectedId: string | null;
  query: string;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
  /** A real account without a network: actions wait in the outbox. */
  offline?: boolean;
  /** Rows listed first, in the same list: the plans of daily runs, each one row. */
  before?: ReactNode;
}

export function CampaignList({ campaigns, selectedId, query, onQuery, onSelect, offline = false, before = null }: CampaignListProps) {
  const items = useOutbox((s) => s.items);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [results, setResults] = useState<BulkResult[]>([]);
  const ticked = campaigns.filter((c) => checked.has(c.id));
  const toggle = (id: string, on: boolean) =>
    setChecked((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const clear = () => {
    setChecked(new Set());
    setResults([]);
  };
  const needle = query.trim().toLowerCase();
  const shown = needle ? campaigns.filter((c) => `${c.name} ${c.statusText} ${c.id}`.toLowerCase().includes(needle)) : campaigns;
  return (
    <>
      <SearchBox label="Search campaigns" value={query} onChange={onQuery} />
      {ticked.length >= 2 || results.length > 0 ? (
        <BulkActions selected={ticked} offline={offline} results={results} onResults={setResults} onClear={clear} />
      ) : null}
      <ul className="master-list cm-list" aria-label="Campaigns">
        {before}
        {shown.map((c) => {
          // An action on its way shows at once in place of the status, until Exotel's answer is read back.
          const pending = pendingAction(items, c.id, c.lastSyncedAt, offline);
          const look = pending ? { tone: pending.tone, label: pending.label } : campaignStatusLook(c.status, c.statusText);
          const selected = c.id === selectedId;
          const pct = c.total > 0 ? Math.min(100, (c.finished / c.total) * 100) : 0;
          return (
            <li key={c.id} className={selected ? 'master-item is-selected' : 'master-item'}>
              <input
                type="checkbox"
                className="cm-check"
                aria-label={`Select “${c.name}”`}
                checked={checked.has(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              <button
                type="button"
                className="master-item-main"
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(c.id)}
              >
                <span className="cm-item-top">
                  <span className="master-item-title cm-item-name" title={c.name}>
                    {c.name}
                  </span>
                  <Badge tone={look.tone} symbol={!pending}>
                    {look.label}
                  </Badge>
                </span>
                <span className="cm-item-progress" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </span>
                <span className="master-item-sub num">
                  <span>{rowProgressText(c)}</span>
                  {/* A scheduled row already names its start: a second time beside it would read as part of it. */}
                  {startsLater(c) ? null : <span className="cm-item-created">{c.dateCreated ? formatDateTime(c.dateCreated) : ''}</span>}
                </span>
              </button>
            </li>
          );
        })}
        {shown.length === 0 && campaigns.length > 0 && !before ? (
          <li className="master-none muted">No campaign matches “{query}”.</li>
        ) : null}
      </ul>
    </>
  );
}
