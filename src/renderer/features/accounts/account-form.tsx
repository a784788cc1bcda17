import { useRef, useState, type FormEvent } from 'react';
import type { AccountView } from '../../../shared/accounts/schemas';
import { Button } from '../../components/button';
import { TextAreaField, TextField } from '../../components/field';
import { defaultTimeZone } from '../../../shared/compose/zoned-time';
import { toast } from '../../components/toast-store';
import { toApiError } from '../../lib/api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import {
  checkCreate,
  checkUpdate,
  emptyAccountForm,
  formErrors,
  formFromAccount,
  hostOf,
  REGION_CHOICES,
  type AccountFormValues,
} from './account-form-model';
import { useAccounts } from './accounts-store';
import { ExternalLink } from '../../components/external-link';
import { FormError } from '../../components/error-notice';

const FIELDS: (keyof AccountFormValues)[] = [
  'name',
  'accountSid',
  'apiKey',
  'apiToken',
  'region',
  'customHost',
  'defaultCountry',
  'callerIds',
  'accountThrottle',
  'timeZone',
];

/** Zones offered as the user types; any IANA zone the computer knows is accepted. */
const TIME_ZONES = [
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Dubai',
  'Asia/Kuala_Lumpur',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Riyadh',
  'Europe/London',
  'America/New_York',
  'UTC',
];

export interface AccountFormProps {
  /** The account being edited; absent when adding one. */
  account?: AccountView;
  onDone: (account: AccountView | null) => void;
}

export function AccountForm({ account, onDone }: AccountFormProps) {
  const create = useAccounts((s) => s.create);
  const update = useAccounts((s) => s.update);
  const [values, setValues] = useState<AccountFormValues>(account ? formFromAccount(account) : emptyAccountForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** A save that sends the token to a new host waits here until the user confirms that host. */
  const [pendingHost, setPendingHost] = useState<{ host: string; save: () => Promise<AccountView> } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = account !== undefined;

  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const showErrors = (found: Record<string, string>) => {
    const known = Object.fromEntries(Object.entries(found).filter(([key]) => FIELDS.includes(key as keyof AccountFormValues)));
    const other = Object.entries(found).filter(([key]) => !(key in known));
    setErrors(known);
    setFormError(other.length ? other.map(([, message]) => message).join(' ') : null);
    // Move focus to the first field that needs attention, so keyboard users land on it.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const prepare = (): { errors: Record<string, string> } | { save: () => Promise<AccountView> } => {
    if (editing) {
      const checked = checkUpdate(account, values);
      return checked.ok ? { save: () => update(checked.input) } : { errors: checked.errors };
    }
    const checked = checkCreate(values);
    return checked.ok ? { save: () => create(checked.input) } : { errors: checked.errors };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const run = prepare();
    if ('errors' in run) {
      showErrors(run.errors);
      return;
    }
    const host = hostOf(values);
    if (editing && host && host !== account.host) {
      setPendingHost({ host, save: run.save });
      return;
    }
    await save(run.save);
  };

  const save = async (work: () => Promise<AccountView>) => {
    setSaving(true);
    try {
      const saved = await work();
      setValues((v) => ({ ...v, apiToken: '' }));
      const kept = saved.hasToken ? 'The API token is in the system keychain.' : '';
      if (editing) toast('ok', `Saved “${saved.name}”`, kept || undefined);
      else toast('ok', `Added “${saved.name}”`, `${kept} The active account stays as it was until you choose Switch to it.`.trim());
      onDone(saved);
    } catch (cause) {
      const error = toApiError(cause);
      if (error.issues.length) showErrors(formErrors(error.issues));
      else setFormError(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="form account-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={editing ? `Edit ${account.name}` : 'Add account'}
    >
      <h2>{editing ? `Edit “${account.name}”` : 'Add an Exotel account'}</h2>
      <p className="muted">
        Find the Account SID, API key and token on the{' '}
        <ExternalLink href="https://my.exotel.com/apisettings/site#api-credentials">
          API settings page of your Exotel dashboard
        </ExternalLink>
        .
      </p>
      <TextField
        label="Display name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
        hint="How this account appears in Campaign Desk, e.g. “Collections – Mumbai”."
        autoComplete="off"
      />
      <div className="form-grid">
        <TextField
          label="Account SID"
          value={values.accountSid}
          onChange={(v) => set('accountSid', v)}
          error={errors.accountSid}
          className="mono"
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label="API key"
          value={values.apiKey}
          onChange={(v) => set('apiKey', v)}
          error={errors.apiKey}
          className="mono"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <TextField
        label={editing ? 'Replace API token' : 'API token'}
        type="password"
        value={values.apiToken}
        onChange={(v) => set('apiToken', v)}
        error={errors.apiToken}
        autoComplete="new-password"
        spellCheck={false}
        placeholder={editing && account.hasToken ? 'Leave empty to keep the saved token' : ''}
        hint={
          editing && account.hasToken ? (
            <>
              <span className="token-saved">Token saved in the system keychain.</span> Type a new one only to replace it.
            </>
          ) : (
            'Stored in the system keychain, never on disk or shown again.'
          )
        }
      />
      <fieldset className={errors.region ? 'field fieldset field-invalid' : 'field fieldset'}>
        <legend className="field-label">Region</legend>
        <div className="radio-row">
          {REGION_CHOICES.map((choice) => (
            <label key={choice.value} className="radio-card">
              <input
                type="radio"
                name="region"
                value={choice.value}
                checked={values.region === choice.value}
                onChange={() => set('region', choice.value)}
              />
              <span>
                <strong>{choice.label}</strong>
                <span className="muted mono">{choice.host || 'your own https host'}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.region ? (
          <p className="field-error" role="alert">
            {errors.region}
          </p>
        ) : null}
      </fieldset>
      {values.region === 'custom' ? (
        <TextField
          label="Custom host"
          value={values.customHost}
          onChange={(v) => set('customHost', v)}
          error={errors.customHost}
          placeholder="https://api.example.com"
          hint="https only; plain http is allowed to this computer (127.0.0.1) for a local simulator."
          className="mono"
          spellCheck={false}
        />
      ) : null}
      <div className="form-grid">
        <TextField
          label="Default country"
          value={values.defaultCountry}
          onChange={(v) => set('defaultCountry', v.toUpperCase())}
          error={errors.defaultCountry}
          maxLength={2}
          hint="Numbers written without a country code are read as this country (IN = India)."
          autoComplete="off"
        />
        <TextField
          label="Account throttle (calls a minute)"
          value={values.accountThrottle}
          onChange={(v) => set('accountThrottle', v)}
          error={errors.accountThrottle}
          inputMode="numeric"
          hint="On Exotel’s Campaign settings page; 60 unless Exotel raised it. A campaign may use up to one less."
          autoComplete="off"
        />
      </div>
      <div className="form-grid">
        <TextAreaField
          label="ExoPhones (caller IDs)"
          value={values.callerIds}
          onChange={(v) => set('callerIds', v)}
          error={errors.callerIds}
          rows={3}
          inputMode="tel"
          placeholder={'08047112233\n08047112244'}
          hint="One a line. The numbers people see when a campaign calls them; the first is the default."
          className="mono"
          spellCheck={false}
        />
        <TextField
          label="Time zone"
          value={values.timeZone}
          onChange={(v) => set('timeZone', v.trim())}
          error={errors.timeZone}
          placeholder={defaultTimeZone(values.defaultCountry || 'IN')}
          list="account-time-zones"
          hint={`Campaign times are set in this zone. Empty: ${defaultTimeZone(values.defaultCountry || 'IN')}, from the country.`}
          autoComplete="off"
          spellCheck={false}
        />
        <datalist id="account-time-zones">
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <FormError message={formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={saving}>
          {editing ? 'Save changes' : 'Save account'}
        </Button>
        <Button onClick={() => onDone(null)} disabled={saving}>
          Cancel
        </Button>
      </div>
      {pendingHost ? (
        <ConfirmDialog
          title="Send the API token to a new host?"
          confirmLabel={`Use ${pendingHost.host}`}
          tone="primary"
          onConfirm={() => save(pendingHost.save)}
          onClose={() => setPendingHost(null)}
        >
          <p>
            From now on “{values.name.trim()}” sends its API key and token to <strong className="mono">{pendingHost.host}</strong> instead
            of <span className="mono">{account?.host}</span>. Use it only if you trust that address.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
