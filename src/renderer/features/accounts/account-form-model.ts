import {
  AccountCreateInput,
  AccountUpdateInput,
  REGION_HOSTS,
  checkCustomHost,
  DEFAULT_ACCOUNT_THROTTLE,
  type AccountView,
  type Region,
} from '../../../shared/accounts/schemas';
import { fieldErrors, type FieldIssue } from '../../lib/api';

/** What the form holds while the user types; the token is never filled in from a saved account. */
export interface AccountFormValues {
  name: string;
  accountSid: string;
  apiKey: string;
  apiToken: string;
  region: Region;
  customHost: string;
  defaultCountry: string;
  /** The account's ExoPhones, one a line; the first is the default. */
  callerIds: string;
  accountThrottle: string;
  /** '' for the default of the country. */
  timeZone: string;
}

export const emptyAccountForm: AccountFormValues = {
  name: '',
  accountSid: '',
  apiKey: '',
  apiToken: '',
  region: 'singapore',
  customHost: '',
  defaultCountry: 'IN',
  callerIds: '',
  accountThrottle: String(DEFAULT_ACCOUNT_THROTTLE),
  timeZone: '',
};

export function formFromAccount(account: AccountView): AccountFormValues {
  return {
    name: account.name,
    accountSid: account.accountSid,
    apiKey: account.apiKey,
    apiToken: '',
    region: account.region,
    customHost: account.region === 'custom' ? account.host : '',
    defaultCountry: account.defaultCountry,
    callerIds: account.callerIds.join('\n'),
    accountThrottle: String(account.accountThrottle),
    timeZone: account.timeZone,
  };
}

export const REGION_CHOICES: { value: Region; label: string; host: string }[] = [
  { value: 'singapore', label: 'Singapore', host: REGION_HOSTS.singapore },
  { value: 'mumbai', label: 'Mumbai', host: REGION_HOSTS.mumbai },
  { value: 'custom', label: 'Custom host', host: '' },
];

type Checked<T> = { ok: true; input: T } | { ok: false; errors: Record<string, string> };

function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

function common(values: AccountFormValues) {
  return {
    name: values.name,
    accountSid: values.accountSid,
    apiKey: values.apiKey,
    region: values.region,
    customHost: values.region === 'custom' ? values.customHost : undefined,
    defaultCountry: values.defaultCountry,
    callerIds: splitCallerIds(values.callerIds),
    accountThrottle: /^\s*\d+\s*$/.test(values.accountThrottle) ? Number(values.accountThrottle) : Number.NaN,
    timeZone: values.timeZone,
  };
}

/** ExoPhones typed one a line, or pasted separated by commas. */
export function splitCallerIds(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The ExoPhones are one field on the form: each line's problem is shown under it, together. */
export function formErrors(issues: FieldIssue[]): Record<string, string> {
  const out = fieldErrors(issues.filter((i) => i.path[0] !== 'callerIds'));
  const callers = issues.filter((i) => i.path[0] === 'callerIds').map((i) => i.message);
  if (callers.length) out.callerIds = callers.join(' ');
  return out;
}

/** The same zod rules main applies, checked before sending so errors appear at once under their fields. */
export function checkCreate(values: AccountFormValues): Checked<AccountCreateInput> {
  const input: AccountCreateInput = { ...common(values), apiToken: values.apiToken };
  const parsed = AccountCreateInput.safeParse(input);
  return parsed.success ? { ok: true, input } : { ok: false, errors: formErrors(issuesOf(parsed.error)) };
}

export function checkUpdate(account: AccountView, values: AccountFormValues): Checked<AccountUpdateInput> {
  const input: AccountUpdateInput = { id: account.id, ...common(values) };
  // An empty replace field keeps the saved token, unless the token would now go somewhere else.
  if (values.apiToken.trim()) input.apiToken = values.apiToken;
  const parsed = AccountUpdateInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formErrors(issuesOf(parsed.error)) };
  if (!input.apiToken && movesToken(account, values)) {
    return { ok: false, errors: { apiToken: `You changed where requests go: type the API token again to use it with ${hostOf(values)}.` } };
  }
  return { ok: true, input };
}

/** The host requests go to with these values, or null while the custom host is not a valid address. */
export function hostOf(values: AccountFormValues): string | null {
  if (values.region !== 'custom') return `https://${REGION_HOSTS[values.region]}`;
  const check = checkCustomHost(values.customHost);
  return check.ok ? check.origin : null;
}

/** Whether the edit sends the token somewhere else (host, SID or key): then it must be typed again. */
export function movesToken(account: AccountView, values: AccountFormValues): boolean {
  return (
    hostOf(values) !== account.host ||
    values.region !== account.region ||
    values.accountSid.trim() !== account.accountSid ||
    values.apiKey.trim() !== account.apiKey
  );
}
