import { describeHours, INDIA_HOURS, type CallingHours } from '../../../shared/compose/calling-hours';
import type { DraftFields } from '../../../shared/compose/draft';
import { Button } from '../../components/button';
import { CallingHoursEditor } from '../../components/calling-hours-editor';
import type { FieldMessages } from './field-messages';

interface CampaignHoursProps {
  fields: DraftFields;
  /** The account's hours in force; null when it calls at any time. */
  accountHours: CallingHours | null;
  zone: string;
  country: string;
  onChange: (patch: Partial<DraftFields>) => void;
  messages: FieldMessages;
  disabled?: boolean | undefined;
}

const zoneName = (zone: string) => (zone === 'Asia/Kolkata' ? 'IST' : zone.replace(/_/gu, ' '));

/** The hours this campaign calls in: the account's, or narrower ones for this campaign alone. */
export function CampaignHours({ fields, accountHours, zone, country, onChange, messages, disabled }: CampaignHoursProps) {
  const own = fields.hours ?? null;
  const india = country.toUpperCase() === 'IN';
  const start = accountHours ?? INDIA_HOURS;
  return (
    <div className="campaign-hours" aria-label="Calling hours">
      <div className="banner-row">
        <span>
          <strong>Calling hours:</strong>{' '}
          {own ? (
            <>
              {describeHours({ ...own, widenReason: '' })} {zoneName(zone)}, for this campaign only
            </>
          ) : (
            <>
              {accountHours ? `${describeHours(accountHours)} ${zoneName(zone)}` : 'any time'}{' '}
              <span className="muted">(the account’s)</span>
            </>
          )}
        </span>
        {own ? (
          <Button size="sm" disabled={disabled} onClick={() => onChange({ hours: null })}>
            Use the account’s hours
          </Button>
        ) : (
          <Button
            size="sm"
            disabled={disabled}
            onClick={() => onChange({ hours: { opens: start.opens, closes: start.closes, days: [...start.days], widenReason: '' } })}
          >
            Narrow the hours for this campaign
          </Button>
        )}
      </div>
      {own ? (
        <CallingHoursEditor
          idPrefix="campaign-hours"
          value={own}
          india={india}
          disabled={disabled}
          error={(f) => messages.error(f)}
          onChange={(hours) => onChange({ hours })}
        />
      ) : null}
      <p className="field-hint">
        Calls start at the next opening when the start falls outside these hours, and the campaign ends when the day’s hours close.
      </p>
    </div>
  );
}
