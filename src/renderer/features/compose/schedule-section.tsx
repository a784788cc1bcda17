import type { DraftFields, ScheduleSettings } from '../../../shared/compose/draft';
import type { CheckWarning } from '../../../shared/compose/views';
import { Button } from '../../components/button';
import { SelectField } from '../../components/field';
import type { CallingHours } from '../../../shared/compose/calling-hours';
import { CampaignHours } from './campaign-hours';
import type { FieldMessages } from './field-messages';

interface ScheduleSectionProps {
  fields: DraftFields;
  /** The account's zone, offered first. */
  accountZone: string;
  warnings: CheckWarning[];
  onChange: (patch: Partial<DraftFields>) => void;
  messages: FieldMessages;
  disabled?: boolean;
  /** The account's calling hours in force and their zone; absent when unknown. */
  hours?: { hours: CallingHours | null; zone: string; country: string } | undefined;
}

function zones(first: string[]): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...first.filter(Boolean), 'Asia/Kolkata', ...all])];
}

/** "2026-12-01T10:00" as "1 Dec, 10:00". */
function wallClock(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u.exec(value);
  if (!m) return value;
  const month = new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${Number(m[3])} ${month}, ${m[4]}:${m[5]}`;
}

/** When it runs: now or later, with the zone always shown and chosen on purpose. */
export function ScheduleSection({ fields, accountZone, warnings, onChange, messages, disabled, hours }: ScheduleSectionProps) {
  const schedule = fields.schedule;
  const set = (next: ScheduleSettings) => onChange({ schedule: next });
  const windowWarnings = warnings.filter((w) => w.field.startsWith('schedule'));

  return (
    <section className="compose-section" aria-labelledby="when-title">
      <h2 id="when-title">When</h2>
      <div className="segmented" role="radiogroup" aria-label="When">
        <label className="segment">
          <input
            type="radio"
            name="when"
            checked={schedule.kind === 'now'}
            disabled={disabled}
            onChange={() => set({ kind: 'now', endAt: schedule.endAt, timeZone: schedule.timeZone })}
          />
          Start now
        </label>
        <label className="segment">
          <input
            type="radio"
            name="when"
            checked={schedule.kind === 'later'}
            disabled={disabled}
            onChange={() => set({ kind: 'later', sendAt: '', endAt: schedule.endAt, timeZone: schedule.timeZone })}
          />
          Start later
        </label>
      </div>
      <div className="form-grid three">
        {schedule.kind === 'later' ? (
          <DateTimeField
            label="Starts"
            field="schedule.sendAt"
            value={schedule.sendAt}
            disabled={disabled}
            error={messages.error('schedule.sendAt')}
            onChange={(sendAt) => set({ ...schedule, sendAt })}
          />
        ) : null}
        <DateTimeField
          label={schedule.kind === 'now' ? 'Ends (optional)' : 'Ends'}
          field="schedule.endAt"
          value={schedule.endAt}
          disabled={disabled}
          error={messages.error('schedule.endAt')}
          onChange={(endAt) => set({ ...schedule, endAt })}
        />
        <SelectField
          label="Time zone of these times"
          data-field="schedule.timeZone"
          value={schedule.timeZone}
          disabled={disabled}
          error={messages.error('schedule.timeZone')}
          hint={schedule.timeZone === accountZone ? 'The account’s zone.' : `The account’s zone is ${accountZone}.`}
          options={zones([schedule.timeZone, accountZone]).map((z) => ({ value: z, label: z.replace(/_/gu, ' ') }))}
          onChange={(timeZone) => set({ ...schedule, timeZone })}
        />
      </div>
      {hours ? (
        <CampaignHours
          fields={fields}
          accountHours={hours.hours}
          zone={hours.zone}
          country={hours.country}
          messages={messages}
          disabled={disabled}
          onChange={onChange}
        />
      ) : null}
      {windowWarnings.map((w) => (
        <div key={w.field + w.message} className="banner banner-warn banner-row" role="status">
          <span>{w.message}</span>
          {w.moveStartTo ? (
            <Button
              size="sm"
              disabled={disabled}
              onClick={() => set({ kind: 'later', sendAt: w.moveStartTo ?? '', endAt: schedule.endAt, timeZone: schedule.timeZone })}
            >
              Start at {wallClock(w.moveStartTo)} instead
            </Button>
          ) : null}
        </div>
      ))}
    </section>
  );
}

interface DateTimeFieldProps {
  label: string;
  field: string;
  value: string;
  error: string | undefined;
  disabled: boolean | undefined;
  onChange: (value: string) => void;
}

function DateTimeField({ label, field, value, error, disabled, onChange }: DateTimeFieldProps) {
  const id = `dt-${field.replace(/\W/gu, '-')}`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        data-field={field}
        className="input"
        type="datetime-local"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value.slice(0, 16))}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
