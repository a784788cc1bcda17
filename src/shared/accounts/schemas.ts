import { z } from 'zod';
import { isValidTimeZone } from '../compose/zoned-time';
import { CallingHours } from '../compose/calling-hours';

export const Region = z.enum(['singapore', 'mumbai', 'custom'], { error: 'Choose a region: Singapore, Mumbai or a custom host' });
export type Region = z.infer<typeof Region>;

export const REGION_HOSTS: Record<Exclude<Region, 'custom'>, string> = {
  singapore: 'api.exotel.com',
  mumbai: 'api.in.exotel.com',
};

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as IN');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * A custom API host: https anywhere, plain http only to this machine (for a local simulator).
 * Returns the origin (scheme://host[:port]) or a message that says what is wrong.
 */
export function checkCustomHost(raw: string): { ok: true; origin: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (!text) return { ok: false, message: 'Enter the API host, for example https://api.exotel.com' };
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text}" is not a web address` };
  }
  if (url.username || url.password) return { ok: false, message: 'Leave the key and token out of the host; use their own fields' };
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, origin: url.origin };
  if (url.protocol === 'http:') return { ok: false, message: 'Plain http is allowed only to this computer (127.0.0.1); use https' };
  return { ok: false, message: `Use an https address, not ${url.protocol.replace(':', '')}` };
}

export const AccountSid = z
  .string({ error: 'Enter the Account SID from Exotel’s API settings page' })
  .trim()
  .min(1, 'Enter the Account SID from Exotel’s API settings page')
  .max(64, 'An Account SID is at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'An Account SID has only letters, digits, - and _');

export const ApiKey = z
  .string({ error: 'Enter the API key' })
  .trim()
  .min(1, 'Enter the API key')
  .max(128)
  .regex(/^[^\s:]+$/, 'An API key has no spaces or colons');

export const ApiToken = z
  .string({ error: 'Enter the API token' })
  .trim()
  .min(1, 'Enter the API token')
  .max(256)
  .regex(/^[^\s]+$/, 'An API token has no spaces');

export const CallerId = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9]*$/, 'A caller ID (ExoPhone) has only digits, with an optional leading +');

/** An ExoPhone as Exotel takes it in `caller_id`. */
const EXOPHONE = /^\+?\d{6,15}$/;

/**
 * The account's ExoPhones, the first the default. Each is named by its place and value when it is wrong,
 * since the form shows them one per line.
 */
export const CallerIds = z
  .array(z.string().trim().max(20, 'An ExoPhone has at most 15 digits'))
  .max(20, 'Keep at most 20 ExoPhones on one account')
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!EXOPHONE.test(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `Line ${i + 1}: “${id}” is not an ExoPhone; use its 6 to 15 digits, with an optional leading +`,
        });
      } else if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `Line ${i + 1}: ${id} is listed twice` });
      }
      seen.add(id);
    });
  });

/** Exotel's campaign account throttle: calls a minute across the account; a campaign may use up to one less. */
export const AccountThrottle = z
  .number({ error: 'Enter the account’s calls a minute as a whole number, such as 60' })
  .int('Enter the account’s calls a minute as a whole number, such as 60')
  .min(2, 'The account throttle is at least 2 calls a minute (a campaign may use one less)')
  .max(100_000, 'The account throttle is at most 100,000 calls a minute');

export const DEFAULT_ACCOUNT_THROTTLE = 60;

/** An IANA time zone, or '' for the default of the account's country. */
export const AccountTimeZone = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => zone === '' || isValidTimeZone(zone), {
    error: (issue) => `“${String(issue.input)}” is not a time zone this computer knows; use a name such as Asia/Kolkata`,
  });

const AccountFields = {
  name: z
    .string({ error: 'Give the account a name' })
    .trim()
    .min(1, 'Give the account a name')
    .max(60, 'Keep the name under 60 characters'),
  accountSid: AccountSid,
  apiKey: ApiKey,
  region: Region,
  customHost: z.string().trim().max(200).optional(),
  defaultCountry: CountryCode.default('IN'),
  /** One ExoPhone; kept for callers that know only one. `callerIds` wins when both are given. */
  callerId: CallerId.default(''),
  callerIds: CallerIds.optional(),
  accountThrottle: AccountThrottle.default(DEFAULT_ACCOUNT_THROTTLE),
  timeZone: AccountTimeZone.default(''),
};

function hostRefinement(value: { region?: Region; customHost?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.region !== 'custom') return;
  const check = checkCustomHost(value.customHost ?? '');
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['customHost'], message: check.message });
}

export const AccountCreateInput = z.strictObject({ ...AccountFields, apiToken: ApiToken }).superRefine(hostRefinement);
export type AccountCreateInput = z.input<typeof AccountCreateInput>;

export const AccountUpdateInput = z
  .strictObject({ id: z.string().min(1), ...AccountFields, apiToken: ApiToken.optional() })
  .superRefine(hostRefinement);
export type AccountUpdateInput = z.input<typeof AccountUpdateInput>;

export const ConnectionOutcome = z.enum([
  'accepted',
  'bad-credentials',
  'forbidden',
  'account-not-found',
  'unreachable',
  'timeout',
  'server-error',
  'rate-limited',
  'keychain',
  'unexpected',
  /** Something answered, but not as Exotel does: a network's sign-in page, a redirect elsewhere, an unreadable answer. */
  'not-exotel',
]);
export type ConnectionOutcome = z.infer<typeof ConnectionOutcome>;

export const ConnectionTestResult = z.object({
  outcome: ConnectionOutcome,
  message: z.string(),
  at: z.string(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>;

/** What the renderer may know about an account: never the token itself. */
export const AccountView = z.object({
  id: z.string(),
  kind: z.enum(['exotel', 'sandbox']),
  name: z.string(),
  accountSid: z.string(),
  apiKey: z.string(),
  region: Region,
  host: z.string(),
  defaultCountry: z.string(),
  /** The default ExoPhone: the first of `callerIds`, or ''. */
  callerId: z.string(),
  callerIds: z.array(z.string()),
  accountThrottle: z.number(),
  /** As set on the account; '' means the default for its country. */
  timeZone: z.string(),
  /** The account's own calling hours; null keeps its country's default (India: 09:00–21:00 IST every day). */
  callingHours: CallingHours.nullable(),
  hasToken: z.boolean(),
  createdAt: z.string(),
  lastTest: ConnectionTestResult.nullable(),
});
export type AccountView = z.infer<typeof AccountView>;

export const AccountsState = z.object({
  accounts: z.array(AccountView),
  activeId: z.string().nullable(),
});
export type AccountsState = z.infer<typeof AccountsState>;

export const KeychainStatus = z.object({
  available: z.boolean(),
  message: z.string(),
});
export type KeychainStatus = z.infer<typeof KeychainStatus>;
