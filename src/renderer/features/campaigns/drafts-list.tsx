import { useState } from 'react';
import type { DraftSummary } from '../../../shared/compose/draft';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { toast } from '../../components/toast-store';
import { formatDateTime, countOf } from '../../lib/format';
import { useCompose } from '../compose/compose-store';
import { useDrafts } from './drafts-store';
import { FormError } from '../../components/error-notice';

/** Drafts, apart from the campaigns: each opens, duplicates or goes. */
export function DraftsList() {
  const drafts = useDrafts((s) => s.drafts);
  const loadError = useDrafts((s) => s.loadError);
  const remove = useDrafts((s) => s.remove);
  const open = useCompose((s) => s.open);
  const beginDraft = useCompose((s) => s.beginDraft);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);

  if (drafts.length === 0 && !loadError) return null;
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title" className="side-title">
        Drafts <span className="muted num">{drafts.length}</span>
      </h2>
      <FormError message={loadError} lead="Could not read the drafts:" />
      <ul className="master-list drafts-list" aria-label="Drafts">
        {drafts.map((d) => (
          <li key={d.id} className="master-item">
            <button type="button" className="master-item-main" onClick={() => void open(d.id)} title={`Open the draft “${d.name}”`}>
              <span className="master-item-title">{d.name}</span>
              <span className="master-item-sub">
                <span className="draft-audience">{d.audienceLabel}</span> · {formatDateTime(d.updatedAt)}
              </span>
            </button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Copy the draft “${d.name}”`}
              title={`A new draft with what “${d.name}” holds`}
              onClick={() => void beginDraft({ kind: 'draft', draftId: d.id })}
            >
              Copy
            </Button>
            <Button size="sm" variant="ghost" aria-label={`Delete the draft “${d.name}”`} title="Delete" onClick={() => setDeleting(d)}>
              ✕
            </Button>
          </li>
        ))}
      </ul>
      {deleting ? (
        <ConfirmDialog
          title={`Delete the draft “${deleting.name}”?`}
          confirmLabel={`Delete “${deleting.name}”`}
          onConfirm={async () => {
            await remove(deleting.id);
            toast('ok', `Deleted the draft “${deleting.name}”`);
          }}
          onClose={() => setDeleting(null)}
        >
          <p>The draft is removed from this computer. Nothing was sent to Exotel, so nothing changes there.</p>
        </ConfirmDialog>
      ) : null}
      <p className="visually-hidden">{countOf(drafts.length, 'draft')}</p>
    </section>
  );
}
