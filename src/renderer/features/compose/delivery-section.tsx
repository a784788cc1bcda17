import type { DraftFields, RetrySettings } from '../../../shared/compose/draft';
import type { ComposeDefaults } from '../../../shared/compose/views';
import type { RetryOnStatus } from '../../../shared/exotel/call-status';
import { SelectField, TextField } from '../../components/field';
import { countOf } from '../../lib/format';
import type { FieldMessages } from './field-messages';

interface DeliverySectionProps {
  fields: DraftFields;
  defaults: ComposeDefaults;
  onChange: (patch: Partial<DraftFields>) => void;
  messages: FieldMessages;
  disabled?: boolean;
}

const ON_STATUS: { value: RetryOnStatus; label: string }[] = [
  { value: 'busy', label: 'Busy' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'failed', label: 'Failed' },
];

function int(value: string, min: number, max: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : min;
}

/** Caller ID, retries and the calling rate. */
export function DeliverySection({ fields, defaults, onChange, messages, disabled }: DeliverySectionProps) {
  const retries = fields.retries;
  const setRetries = (patch: Partial<RetrySettings>) => onChange({ retries: { ...retries, ...patch } });
  const maxThrottle = Math.max(1, defaults.accountThrottle - 1);
  const callerIds =
    defaults.callerIds.includes(fields.callerId) || !fields.callerId ? defaults.callerIds : [fields.callerId, ...defaults.callerIds];

  return (
    <section className="compose-section" aria-labelledby="how-title">
      <h2 id="how-title">How</h2>
      <div className="form-grid">
        {callerIds.length ? (
          <SelectField
            label="Caller ID"
            data-field="callerId"
            value={fields.callerId}
            disabled={disabled}
            error={messages.error('callerId')}
            hint={messages.warning('callerId') ? `⚠ ${messages.warning('callerId')}` : 'The ExoPhone people see calling them.'}
            options={[
              ...(fields.callerId ? [] : [{ value: '', label: 'Choose an ExoPhone…' }]),
              ...callerIds.map((c, i) => ({ value: c, label: i === 0 && defaults.callerIds[0] === c ? `${c} (default)` : c })),
            ]}
            onChange={(callerId) => onChange({ callerId })}
          />
        ) : (
          <TextField
            label="Caller ID"
            data-field="callerId"
            value={fields.callerId}
            disabled={disabled}
            error={messages.error('callerId')}
            hint="This account has no ExoPhone saved: type one, or add it under Accounts."
            onChange={(callerId) => onChange({ callerId: callerId.trim() })}
          />
        )}
        <div className="field">
          <span className="field-label">Rate</span>
          <div className="segmented" role="radiogroup" aria-label="Rate">
            <label className="segment">
              <input
                type="radio"
                name="mode"
                checked={fields.mode === 'auto'}
                disabled={disabled}
                onChange={() => onChange({ mode: 'auto' })}
              />
              Automatic
            </label>
            <label className="segment">
              <input
                type="radio"
                name="mode"
                checked={fields.mode === 'custom'}
                disabled={disabled}
                onChange={() => onChange({ mode: 'custom', throttle: Math.min(fields.throttle, maxThrottle) })}
              />
              Calls a minute
            </label>
          </div>
          {fields.mode === 'custom' ? (
            <input
              className="input input-sm num throttle-input"
              type="number"
              aria-label="Calls a minute"
              data-field="throttle"
              min={1}
              max={maxThrottle}
              value={fields.throttle}
              disabled={disabled}
              aria-invalid={messages.error('throttle') ? true : undefined}
              onChange={(e) => onChange({ throttle: int(e.target.value, 1, 100_000) })}
            />
          ) : null}
          {messages.error('throttle') ? (
            <p className="field-error">{messages.error('throttle')}</p>
          ) : (
            <p className="field-hint">
              {fields.mode === 'auto'
                ? `Exotel paces it at the account’s ${defaults.accountThrottle} calls a minute.`
                : `1 to ${maxThrottle} (the account allows ${defaults.accountThrottle}).`}
            </p>
          )}
        </div>
      </div>

      <fieldset className="fieldset retries" data-field="retries">
        <legend className="field-label">Retries</legend>
        <div className="retries-row">
          <label className="inline-field">
            <span>Try again</span>
            <select
              className="input select input-sm"
              value={retries.count}
              disabled={disabled}
              onChange={(e) => setRetries({ count: int(e.target.value, 0, 3) })}
              aria-label="Retries"
            >
              {[0, 1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {n === 0 ? 'never' : countOf(n, 'time')}
                </option>
              ))}
            </select>
          </label>
          {retries.count > 0 ? (
            <>
              <label className="inline-field">
                <span>after</span>
                <input
                  className="input input-sm num retries-interval"
                  type="number"
                  min={1}
                  aria-label="Minutes between tries"
                  data-field="retries.intervalMins"
                  value={retries.intervalMins}
                  disabled={disabled}
                  onChange={(e) => setRetries({ intervalMins: int(e.target.value, 1, 10_080) })}
                />
                <span>min,</span>
              </label>
              <select
                className="input select input-sm"
                aria-label="Spacing of tries"
                value={retries.mechanism}
                disabled={disabled}
                onChange={(e) => setRetries({ mechanism: e.target.value === 'Exponential' ? 'Exponential' : 'Linear' })}
              >
                <option value="Linear">evenly spaced</option>
                <option value="Exponential">each wait twice the last</option>
              </select>
              <span className="muted">when the call was</span>
              {ON_STATUS.map((s) => (
                <label key={s.value} className="check">
                  <input
                    type="checkbox"
                    checked={retries.onStatus.includes(s.value)}
                    disabled={disabled}
                    onChange={(e) =>
                      setRetries({
                        onStatus: e.target.checked ? [...retries.onStatus, s.value] : retries.onStatus.filter((v) => v !== s.value),
                      })
                    }
                  />
                  {s.label}
                </label>
              ))}
            </>
          ) : null}
        </div>
        {messages.error('retries') ? <p className="field-error">{messages.error('retries')}</p> : null}
      </fieldset>

      <label className="check">
        <input
          type="checkbox"
          checked={fields.callDuplicateNumbers}
          disabled={disabled}
          onChange={(e) => onChange({ callDuplicateNumbers: e.target.checked })}
        />
        Call a number again each time it appears (otherwise once)
      </label>
    </section>
  );
}
