import { useState } from 'react';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { SearchBox } from '../../components/search-box';
import { formatCount, formatDateTime, countOf } from '../../lib/format';
import { shortcutLabel } from '../../lib/keys';
import { useImport } from './import-store';
import { useContacts } from './contacts-store';

export function ListMaster() {
  const lists = useContacts((s) => s.lists);
  const selectedId = useContacts((s) => s.selectedId);
  const select = useContacts((s) => s.select);
  const importing = useImport((s) => s.step !== 'idle');
  const begin = useImport((s) => s.begin);
  const close = useImport((s) => s.close);
  const running = useImport((s) => s.step === 'running');
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = needle ? lists.filter((l) => `${l.name} ${l.sourceFile} ${l.sourceSheet ?? ''}`.toLowerCase().includes(needle)) : lists;

  return (
    <div className="master">
      <div className="master-head">
        <h1>Contacts</h1>
        <Button variant="primary" size="sm" onClick={begin} disabled={running} title={`Import a sheet (${shortcutLabel('O')})`}>
          Import a sheet
        </Button>
      </div>
      <SearchBox label="Search lists" value={query} onChange={setQuery} />
      <ul className="master-list" aria-label="Contact lists">
        {shown.map((list) => {
          const selected = list.id === selectedId && !importing;
          return (
            <li key={list.id} className={selected ? 'master-item is-selected' : 'master-item'}>
              <button
                type="button"
                className="master-item-main"
                aria-current={selected ? 'true' : undefined}
                onClick={() => {
                  if (!running) close();
                  select(list.id);
                }}
              >
                <span className="master-item-title">{list.name}</span>
                <span className="master-item-sub num">
                  {formatCount(list.counts.valid)} valid
                  {list.counts.invalid + list.counts.duplicate ? (
                    <span className="text-bad"> · {countOf(list.counts.invalid + list.counts.duplicate, 'problem')}</span>
                  ) : null}
                  {list.exotel.length ? <Badge tone="ok">Sent</Badge> : null}
                </span>
                <span className="master-item-sub muted">{formatDateTime(list.createdAt)}</span>
              </button>
            </li>
          );
        })}
        {lists.length === 0 ? <li className="master-none muted">Imported sheets appear here.</li> : null}
        {shown.length === 0 && lists.length > 0 ? <li className="master-none muted">No list matches “{query}”.</li> : null}
      </ul>
    </div>
  );
}
