import { useState } from 'react';
import type { AccountView } from '../../../shared/accounts/schemas';
import { accountHours, describeHours, INDIA_HOURS } from '../../../shared/compose/calling-hours';
import type { DraftHours } from '../../../shared/compose/draft';
import { defaultTimeZone } from '../../../shared/compose/zoned-time';
import { Button } from '../../components/button';
import { CallingHoursEditor } from '../../components/calling-hours-editor';
import { toast } from '../../components/toast-store';
import { toApiError } from '../../lib/api';
import { useAccounts } from './accounts-store';
import { CarryOverSetting } from './carry-over-setting';

const zoneName = (zone: string) => (zone === 'Asia/Kolkata' ? 'IST, the recipient’s time' : zone.replace(/_/gu, ' '));

/** The account's calling hours in its detail: what is in force, and a form to change them. */
export function AccountHours({ account }: { account: AccountView }) {
  const setHours = useAccounts((s) => s.setHours);
  const [editing, setEditing] = useState<DraftHours | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const india = account.defaultCountry === 'IN';
  const sandbox = account.kind === 'sandbox';
  const inForce = accountHours(
    account.defaultCountry,
    account.callingHours,
    account.timeZone || defaultTimeZone(account.defaultCountry),
    !sandbox,
  );

  const save = async (hours: DraftHours | null) => {
    setSaving(true);
    setErrors({});
    try {
      await setHours(account.id, hours);
      setEditing(null);
      toast('ok', `Calling hours of “${account.name}” saved`, hours ? describeHours({ ...hours }) : 'Back to the country’s default.');
    } catch (cause) {
      const error = toApiError(cause);
      const issues = (error.details as { issues?: { path: (string | number)[]; message: string }[] } | undefined)?.issues ?? [];
      const found = Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));
      setErrors(Object.keys(found).length ? found : { 'hours.opens': error.message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="account-hours" aria-labelledby={`hours-${account.id}`}>
      <h2 id={`hours-${account.id}`}>Calling hours</h2>
      {!editing ? (
        <div className="banner-row">
          <span>
            {inForce.hours
              ? `${describeHours(inForce.hours)} (${zoneName(inForce.zone)})`
              : `Any time, every day (${zoneName(inForce.zone)})`}
            {!account.callingHours ? (
              <span className="muted">
                {' '}
                ·{' '}
                {sandbox
                  ? 'the Sandbox’s default: its calls are simulated, so set hours here to try them'
                  : `the default for ${account.defaultCountry}`}
              </span>
            ) : null}
            {inForce.hours?.widenReason ? <span className="muted"> · allowed because: {inForce.hours.widenReason}</span> : null}
          </span>
          <Button
            size="sm"
            onClick={() => setEditing({ ...(inForce.hours ?? INDIA_HOURS), days: [...(inForce.hours ?? INDIA_HOURS).days] })}
          >
            Change hours
          </Button>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(editing);
          }}
        >
          <CallingHoursEditor
            idPrefix={`account-hours-${account.id}`}
            value={editing}
            india={india}
            disabled={saving}
            error={(f) => errors[f]}
            onChange={setEditing}
          />
          <div className="row">
            <Button type="submit" variant="primary" busy={saving}>
              Save hours
            </Button>
            {account.callingHours ? (
              <Button type="button" onClick={() => void save(null)} disabled={saving}>
                {sandbox ? 'Back to any time' : `Use the default for ${account.defaultCountry}`}
              </Button>
            ) : null}
            <Button type="button" onClick={() => setEditing(null)} disabled={saving}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <p className="field-hint">
        Campaigns of this account call only in these hours: a start outside them moves to the next opening, and a campaign ends when the
        day’s hours close. One campaign can narrow them in its schedule.
      </p>
      <CarryOverSetting accountId={account.id} />
    </section>
  );
}
