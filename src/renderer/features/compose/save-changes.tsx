import { useState } from 'react';
import type { EditChange, LaunchCheck } from '../../../shared/compose/views';
import { useNetwork } from '../../app/network-store';
import { Button } from '../../components/button';
import { countOf } from '../../lib/format';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { toast } from '../../components/toast-store';
import { call, desk } from '../../lib/api';
import { useCompose } from './compose-store';
import { useOutbox } from '../outbox/outbox-store';

/** "Message: “Hello…” → “Hi…”", one line a field. */
export function ChangesList({ changes, label }: { changes: readonly EditChange[]; label: string }) {
  if (changes.length === 0) return <p className="muted">Nothing has changed yet: change a field on the left and it shows here.</p>;
  return (
    <dl className="launch-summary" aria-label={label}>
      {changes.map((c) => (
        <div key={c.field} className="launch-line">
          <dt>{c.label}</dt>
          <dd>
            <span className="muted">{c.before}</span> → {c.after}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The edit mode's primary button: what will change, confirmed once, then queued as one update of the campaign. */
export function SaveChanges({ draftId, check }: { draftId: string; check: LaunchCheck | null }) {
  const [confirming, setConfirming] = useState(false);
  const flush = useCompose((s) => s.flush);
  const close = useCompose((s) => s.close);
  const saveState = useCompose((s) => s.saveState);
  const online = useNetwork((s) => s.online);
  const edit = check?.edit ?? null;
  const changes = edit?.changes ?? [];

  const save = async () => {
    await flush();
    const item = await call(desk().compose.saveEdit({ draftId }));
    useOutbox.getState().remember(item);
    toast(
      'ok',
      `Saving the changes to “${edit?.campaignName ?? ''}”`,
      online ? 'They are on their way to Exotel.' : 'You are offline: they wait in the queue and go when you are back online.',
    );
    await close();
  };

  return (
    <>
      <Button
        variant="primary"
        className="launch-button"
        disabled={!check?.ready || saveState === 'failed'}
        onClick={() => setConfirming(true)}
      >
        Save changes…
      </Button>
      {!check?.ready ? <p className="field-hint">Save changes opens once something has changed and nothing above is left to fix.</p> : null}
      {confirming && edit ? (
        <ConfirmDialog
          title={`Save changes to “${edit.campaignName}”?`}
          tone="primary"
          confirmLabel={`Save ${countOf(changes.length, 'change')}`}
          onConfirm={save}
          onClose={() => setConfirming(false)}
        >
          <p>Exotel changes the campaign before it starts; nothing else about it changes.</p>
          <ChangesList changes={changes} label="Changes to save" />
          {online ? null : (
            <p className="banner banner-warn">You are offline: the changes wait in the queue and go when you are back online.</p>
          )}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
