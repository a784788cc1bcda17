import { useEffect, useState } from 'react';
import { Badge, type Tone } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { SearchBox } from '../../components/search-box';
import { Table, Td, Th } from '../../components/table';
import { formatDateTime } from '../../lib/format';
import { useAccounts } from '../accounts/accounts-store';
import { useActivity } from './activity-store';
import { OutboxPanel } from './outbox-panel';
import './outbox.css';
import { ErrorBanner } from '../../components/error-notice';

const LEVEL: Record<string, { tone: Tone; label: string }> = {
  info: { tone: 'ok', label: 'Done' },
  warning: { tone: 'warn', label: 'Warning' },
  error: { tone: 'bad', label: 'Failed' },
};

const KIND: Record<string, string> = {
  import: 'Import',
  upload: 'Send to Exotel',
  export: 'Export',
  sync: 'Sync',
  connection: 'Connection test',
  'connection-test': 'Connection test',
  account: 'Account',
  outbox: 'Outbox',
};

function kindLabel(kind: string): string {
  const known = KIND[kind];
  if (known) return known;
  const words = kind.replace(/[-_:]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ActivityPage() {
  const entries = useActivity((s) => s.entries);
  const loaded = useActivity((s) => s.loaded);
  const error = useActivity((s) => s.error);
  const load = useActivity((s) => s.load);
  const accounts = useAccounts((s) => s.accounts);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void load();
  }, [load]);

  const needle = query.trim().toLowerCase();
  const shown = needle ? entries.filter((e) => `${e.kind} ${e.message}`.toLowerCase().includes(needle)) : entries;
  const accountName = (id: string | null) => (id ? (accounts.find((a) => a.id === id)?.name ?? 'Removed account') : '');

  return (
    <div className="page single">
      <div className="page-head">
        <h1>Activity</h1>
        <p className="muted">What waits to go to Exotel, and a line for everything that happened, newest first.</p>
      </div>
      <OutboxPanel />
      <div className="page-head activity-lines-head">
        <h2>What happened</h2>
        <div className="spacer" />
        <SearchBox label="Search activity" value={query} onChange={setQuery} />
      </div>
      <ErrorBanner message={error} lead="Could not load activity:" />
      {loaded && entries.length === 0 && !error ? (
        <EmptyState icon="☰" title="Nothing has happened yet">
          <p>
            When you import a sheet, send a list to Exotel or test an account, a line appears here saying what happened and when, so you can
            check it later.
          </p>
        </EmptyState>
      ) : (
        <Table label="Activity" className="activity-table">
          <thead>
            <tr>
              <Th style={{ width: 150 }}>When</Th>
              <Th style={{ width: 110 }}>Result</Th>
              <Th style={{ width: 140 }}>What</Th>
              <Th>Details</Th>
              <Th style={{ width: 180 }}>Account</Th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const level = LEVEL[entry.level] ?? { tone: 'muted' as Tone, label: entry.level };
              return (
                <tr key={entry.id}>
                  <Td className="num nowrap">{formatDateTime(entry.at)}</Td>
                  <Td>
                    <Badge tone={level.tone}>{level.label}</Badge>
                  </Td>
                  <Td className="nowrap">{kindLabel(entry.kind)}</Td>
                  <Td>{entry.message}</Td>
                  <Td className="muted nowrap">{accountName(entry.accountId)}</Td>
                </tr>
              );
            })}
            {shown.length === 0 && entries.length > 0 ? (
              <tr>
                <Td colSpan={5} className="muted">
                  No line matches “{query}”.
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      )}
    </div>
  );
}
