import type { DraftFields } from '../../../shared/compose/draft';
import { checkWebhook } from '../../../shared/compose/urls';
import { TextField } from '../../components/field';
import type { FieldMessages } from './field-messages';

type CallbackKey = 'statusCallback' | 'callStatusCallback' | 'callScheduleCallback';

export const CALLBACKS: { key: CallbackKey; label: string; hint: string }[] = [
  { key: 'statusCallback', label: 'When the campaign ends', hint: 'Exotel posts the campaign’s outcome here.' },
  { key: 'callStatusCallback', label: 'After each call', hint: 'Exotel posts every call’s outcome here.' },
  { key: 'callScheduleCallback', label: 'When a number is done', hint: 'After its last try, retries included.' },
];

/** Where Exotel reports back, and the value it passes through. */
export function ExtrasSection({
  fields,
  onChange,
  messages,
  disabled,
}: {
  fields: DraftFields;
  onChange: (patch: Partial<DraftFields>) => void;
  messages: FieldMessages;
  disabled?: boolean;
}) {
  return (
    <section className="compose-section" aria-labelledby="extras-title">
      <h2 id="extras-title">Reports to your systems (optional)</h2>
      <p className="muted section-note">
        Exotel posts to these addresses; this app learns progress by asking Exotel, so they are only for your own servers.
      </p>
      <div className="form-grid three">
        {CALLBACKS.map((c) => {
          const note = checkWebhook(fields[c.key]);
          return (
            <TextField
              key={c.key}
              label={c.label}
              data-field={c.key}
              value={fields[c.key]}
              disabled={disabled}
              placeholder="https://"
              error={note.issue ?? messages.error(c.key)}
              hint={note.warning ? `⚠ ${note.warning}` : c.hint}
              onChange={(value) => onChange({ [c.key]: value })}
            />
          );
        })}
      </div>
      <TextField
        label="Custom field"
        data-field="customField"
        value={fields.customField}
        disabled={disabled}
        error={messages.error('customField')}
        hint="Passed back to your flow and shown in Exotel’s report. Left empty, it carries this campaign’s unique name."
        onChange={(customField) => onChange({ customField })}
      />
    </section>
  );
}
