import { useState } from 'react';
import { describeListSource } from '../../../shared/contacts/list-source';
import type { ContactListView } from '../../../shared/contacts/schemas';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { toast } from '../../components/toast-store';
import { call, desk, toApiError } from '../../lib/api';
import { formatCount, formatDateTime, countOf } from '../../lib/format';
import { useAccounts } from '../accounts/accounts-store';
import { useCompose } from '../compose/compose-store';
import { CountTiles, type RowFilter } from './count-tiles';
import { useContacts } from './contacts-store';
import { RenameDialog } from './rename-dialog';
import { RowsTable } from './rows-table';
import { SendDialog } from './send-dialog';

const FILTER_LABEL: Record<string, string> = { valid: 'valid', invalid: 'invalid', duplicate: 'duplicate' };

type Open = 'rename' | 'delete' | 'send' | null;

export function ListDetail({ list }: { list: ContactListView }) {
  const remove = useContacts((s) => s.remove);
  const accounts = useAccounts((s) => s.accounts);
  const beginDraft = useCompose((s) => s.beginDraft);
  const [filter, setFilter] = useState<RowFilter>(undefined);
  const [open, setOpen] = useState<Open>(null);
  const [exporting, setExporting] = useState(false);
  const problems = list.counts.invalid + list.counts.duplicate;
  const total = filter ? list.counts[filter] : list.counts.rows;

  const exportProblems = async () => {
    setExporting(true);
    try {
      const saved = await call(desk().contacts.exportProblems({ id: list.id }));
      if (saved.filePath) toast('ok', `Exported ${countOf(saved.rows, 'problem row')}`, saved.filePath);
    } catch (cause) {
      toast('bad', 'Could not export the problems', toApiError(cause).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="detail list-detail" aria-label={`Contact list ${list.name}`}>
      <header className="detail-head">
        <div className="detail-title">
          <h1>{list.name}</h1>
          <p className="muted detail-meta">
            <span className="mono">{list.sourceFile}</span> · {describeListSource(list)} · numbers read as {list.country} · imported{' '}
            {formatDateTime(list.createdAt)}
          </p>
        </div>
        <div className="row">
          <Button onClick={() => setOpen('rename')}>Rename</Button>
          <Button variant="danger" onClick={() => setOpen('delete')}>
            Delete
          </Button>
        </div>
      </header>

      <CountTiles counts={list.counts} filter={filter} onFilter={setFilter} />

      <div className="toolbar">
        <Button variant="primary" onClick={() => void beginDraft({ kind: 'list', listId: list.id })} disabled={list.counts.valid === 0}>
          Start a campaign with these contacts
        </Button>
        <Button onClick={() => setOpen('send')} disabled={list.counts.valid === 0}>
          Send to Exotel
        </Button>
        <Button
          data-export
          onClick={() => void exportProblems()}
          busy={exporting}
          disabled={problems === 0}
          title={problems === 0 ? 'Every row is valid' : undefined}
        >
          Export problems{problems ? ` (${formatCount(problems)})` : ''}
        </Button>
        <div className="spacer" />
        {list.exotel.map((link) => {
          const account = accounts.find((a) => a.id === link.accountId);
          return (
            <span key={`${link.accountId}-${link.sid}`} className="sent-note">
              <Badge tone="ok">Sent</Badge> {link.type} list to {account?.name ?? 'a removed account'} · {formatDateTime(link.sentAt)} ·{' '}
              {/* A static list sent again is topped up: what it already had counts as duplicates of that send. */}
              <span className="num">{formatCount(link.type === 'static' ? link.accepted + link.duplicates : link.accepted)}</span>{' '}
              {link.type === 'static' ? 'numbers in it' : 'accepted'}
              {link.failed ? (
                <>
                  , <span className="num text-bad">{formatCount(link.failed)}</span> failed
                </>
              ) : null}
            </span>
          );
        })}
      </div>

      <RowsTable
        listId={list.id}
        status={filter}
        total={total}
        variables={list.variables}
        headers={list.headers}
        country={list.country}
        label={filter ? `Rows of ${list.name}: ${FILTER_LABEL[filter]} only` : `Rows of ${list.name}`}
      />

      {open === 'rename' ? <RenameDialog list={list} onClose={() => setOpen(null)} /> : null}
      {open === 'send' ? <SendDialog list={list} onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${list.name}”?`}
          confirmLabel={`Delete “${list.name}”`}
          onConfirm={async () => {
            await remove(list.id);
            toast('ok', `Deleted “${list.name}”`);
          }}
          onClose={() => setOpen(null)}
        >
          <p>
            This deletes the list and its {countOf(list.counts.rows, 'row')} from this computer. The sheet file{' '}
            <span className="mono">{list.sourceFile}</span> is not touched
            {list.exotel.length ? ', and lists already sent to Exotel stay there' : ''}.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
