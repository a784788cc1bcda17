import { useState, type FormEvent } from 'react';
import type { ContactListView } from '../../../shared/contacts/schemas';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/field';
import { fieldErrors, toApiError } from '../../lib/api';
import { useContacts } from './contacts-store';

export function RenameDialog({ list, onClose }: { list: ContactListView; onClose: () => void }) {
  const rename = useContacts((s) => s.rename);
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the list a name');
      return;
    }
    setBusy(true);
    try {
      await rename(list.id, name.trim());
      onClose();
    } catch (cause) {
      const failure = toApiError(cause);
      setError(fieldErrors(failure.issues).name ?? failure.message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Rename “${list.name}”`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="stack">
        <TextField
          label="List name"
          value={name}
          onChange={(v) => {
            setName(v);
            setError(undefined);
          }}
          error={error}
          maxLength={100}
        />
        <div className="dialog-actions">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
