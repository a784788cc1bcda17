import { useState } from 'react';
import { CALLBACK_FIELDS, type CallbackField } from '../../../shared/compose/campaign-edit';
import { checkWebhook } from '../../../shared/compose/urls';
import type { Campaign } from '../../../shared/exotel';
import { useNetwork } from '../../app/network-store';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/field';
import { toast } from '../../components/toast-store';
import { call, desk, fieldErrors, toApiError } from '../../lib/api';
import { CALLBACKS } from './extras-section';
import { useOutbox } from '../outbox/outbox-store';
import { FormError } from '../../components/error-notice';

/** After the start: the campaign's three report addresses, the only settings Exotel still lets change. */
export default function CallbacksDialog({ campaign, note, onClose }: { campaign: Campaign; note: string; onClose: () => void }) {
  const online = useNetwork((s) => s.online);
  const [values, setValues] = useState<Record<CallbackField, string>>(() => ({
    statusCallback: campaign.statusCallback ?? '',
    callStatusCallback: campaign.callStatusCallback ?? '',
    callScheduleCallback: campaign.callScheduleCallback ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notes = Object.fromEntries(CALLBACK_FIELDS.map((f) => [f, checkWebhook(values[f])])) as Record<
    CallbackField,
    ReturnType<typeof checkWebhook>
  >;
  const blocked = CALLBACK_FIELDS.some((f) => notes[f].issue);

  const save = async () => {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const item = await call(desk().outbox.campaignUpdate({ campaignId: campaign.id, changes: values }));
      useOutbox.getState().remember(item);
      toast(
        'ok',
        `Saving the report addresses of “${campaign.name}”`,
        online ? 'They are on their way to Exotel.' : 'You are offline: they wait in the queue and go when you are back online.',
      );
      onClose();
    } catch (cause) {
      const failure = toApiError(cause);
      setErrors(fieldErrors(failure.issues));
      setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Report addresses of “${campaign.name}”`}
      onClose={busy ? () => undefined : onClose}
      width={520}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={blocked}>
            Save changes
          </Button>
        </>
      }
    >
      <p className="muted">{note} Leave an address empty to stop those reports.</p>
      {CALLBACKS.map((c) => (
        <TextField
          key={c.key}
          label={c.label}
          value={values[c.key]}
          placeholder="https://"
          disabled={busy}
          error={notes[c.key].issue ?? errors[c.key]}
          hint={notes[c.key].warning ? `⚠ ${notes[c.key].warning}` : c.hint}
          onChange={(value) => setValues((v) => ({ ...v, [c.key]: value }))}
        />
      ))}
      <FormError message={error} />
    </Dialog>
  );
}
