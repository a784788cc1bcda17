import { useState } from 'react';
import { EVERY_DAY, MONDAY_TO_SATURDAY, sameDays, WEEKDAY_NAMES, widensIndiaHours } from '../../shared/compose/calling-hours';
import type { DraftHours } from '../../shared/compose/draft';
import { SelectField, TextField } from './field';

interface CallingHoursEditorProps {
  value: DraftHours;
  onChange: (next: DraftHours) => void;
  /** India's 09:00–21:00 applies: widening asks why. */
  india: boolean;
  /** The message for a field ('hours.opens', 'hours.closes', 'hours.days', 'hours.widenReason'), if any. */
  error: (field: string) => string | undefined;
  disabled?: boolean | undefined;
  /** Tells the account's editor from the composer's when both are on screen. */
  idPrefix: string;
}

type DaysChoice = 'every' | 'mon-sat' | 'chosen';

function daysChoice(days: readonly number[]): DaysChoice {
  if (sameDays(days, EVERY_DAY)) return 'every';
  if (sameDays(days, MONDAY_TO_SATURDAY)) return 'mon-sat';
  return 'chosen';
}

const ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Calling hours as people set them: opening, close, the days, and for India a reason to go beyond 09:00–21:00. */
export function CallingHoursEditor({ value, onChange, india, error, disabled, idPrefix }: CallingHoursEditorProps) {
  // "Chosen days" stays chosen even when the days picked happen to match a preset.
  const [custom, setCustom] = useState(daysChoice(value.days) === 'chosen');
  const choice = custom ? 'chosen' : daysChoice(value.days);
  const widened = india && value.opens !== '' && value.closes !== '' && widensIndiaHours({ ...value, widenReason: '' });
  const setDays = (next: DaysChoice) => {
    setCustom(next === 'chosen');
    if (next === 'every') onChange({ ...value, days: [...EVERY_DAY] });
    else if (next === 'mon-sat') onChange({ ...value, days: [...MONDAY_TO_SATURDAY] });
    else onChange({ ...value, days: value.days.filter((d) => d !== 0) });
  };
  const toggle = (day: number) =>
    onChange({ ...value, days: value.days.includes(day) ? value.days.filter((d) => d !== day) : [...value.days, day].sort() });

  return (
    <div className="calling-hours" data-field="hours">
      <div className="form-grid three">
        <TextField
          id={`${idPrefix}-opens`}
          label="Calls from"
          type="time"
          data-field="hours.opens"
          value={value.opens}
          disabled={disabled}
          error={error('hours.opens')}
          onChange={(opens) => onChange({ ...value, opens })}
        />
        <TextField
          id={`${idPrefix}-closes`}
          label="Until"
          type="time"
          data-field="hours.closes"
          value={value.closes}
          disabled={disabled}
          error={error('hours.closes')}
          onChange={(closes) => onChange({ ...value, closes })}
        />
        <SelectField
          id={`${idPrefix}-days`}
          label="On"
          data-field="hours.days"
          value={choice}
          disabled={disabled}
          error={error('hours.days')}
          options={[
            { value: 'every', label: 'Every day' },
            { value: 'mon-sat', label: 'Monday to Saturday' },
            { value: 'chosen', label: 'Chosen days' },
          ]}
          onChange={(next) => setDays(next as DaysChoice)}
        />
      </div>
      {choice === 'chosen' ? (
        <fieldset className="weekdays" aria-label="Days to call on">
          {ORDER.map((day) => (
            <label key={day} className="weekday">
              <input type="checkbox" checked={value.days.includes(day)} disabled={disabled} onChange={() => toggle(day)} />
              {WEEKDAY_NAMES[day]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {widened ? (
        <TextField
          id={`${idPrefix}-reason`}
          label="Why calls outside 09:00–21:00 IST are allowed"
          data-field="hours.widenReason"
          placeholder="For example: service calls the customer asked for"
          value={value.widenReason}
          disabled={disabled}
          error={error('hours.widenReason')}
          hint="India allows these calls only from 09:00 to 21:00 the recipient’s time, unless the call is one the customer asked for. The launch summary shows this reason."
          onChange={(widenReason) => onChange({ ...value, widenReason })}
        />
      ) : null}
    </div>
  );
}
