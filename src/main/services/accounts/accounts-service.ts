import { randomUUID } from 'node:crypto';
import {
  type AccountCreateInput,
  type AccountsState,
  type AccountUpdateInput,
  type AccountView,
  type ConnectionTestResult,
  checkCustomHost,
  DEFAULT_ACCOUNT_THROTTLE,
  REGION_HOSTS,
  type Region,
} from '../../../shared/accounts/schemas';
import { describeHours, widensIndiaHours, type CallingHours } from '../../../shared/compose/calling-hours';
import { AppError } from '../../../shared/ipc/result';
import type { EventSink } from '../../platform/desktop';
import type { SecretStore } from '../../platform/secret-store';
import { accountSettings, type AccountRecord, type AccountsRepo } from '../../store/accounts-repo';
import type { ActivityRepo } from '../../store/activity-repo';
import type { SettingsRepo } from '../../store/settings-repo';
import { connectionMessage, probeConnection } from './connection-test';
import type { ExotelAccess } from '../exotel-access/exotel-access';
import type { JobRunner } from '../app/job-runner';

export const SANDBOX_ACCOUNT_ID = 'sandbox';
const ACTIVE_KEY = 'activeAccountId';

type ParsedFields = Pick<AccountCreateInput, 'region' | 'customHost'>;

/** The stored fields of an account as the form gave them, trimmed, with the host its region stands for. */
function accountFields(input: AccountCreateInput | AccountUpdateInput) {
  const callerIds = [...new Set((input.callerIds ?? [input.callerId ?? '']).map((c) => c.trim()).filter((c) => c !== ''))];
  return {
    name: input.name.trim(),
    accountSid: input.accountSid.trim(),
    apiKey: input.apiKey.trim(),
    region: input.region,
    host: hostFor(input),
    defaultCountry: (input.defaultCountry ?? 'IN').toUpperCase(),
    callerId: callerIds[0] ?? '',
    callerIds,
    accountThrottle: input.accountThrottle ?? DEFAULT_ACCOUNT_THROTTLE,
    timeZone: input.timeZone ?? '',
  };
}

function hostFor(fields: ParsedFields): string {
  if (fields.region === 'custom') {
    const check = checkCustomHost(fields.customHost ?? '');
    if (!check.ok) throw new AppError('validation', check.message, { issues: [{ path: ['customHost'], message: check.message }] });
    return check.origin;
  }
  return `https://${REGION_HOSTS[fields.region as Exclude<Region, 'custom'>]}`;
}

/** What about an account decides where its token is sent; a change to any of them needs the token typed again. */
function destinationChanges(before: AccountRecord, after: ReturnType<typeof accountFields>): string[] {
  const changed: string[] = [];
  if (before.host !== after.host || before.region !== after.region) changed.push('host');
  if (before.accountSid !== after.accountSid) changed.push('Account SID');
  if (before.apiKey !== after.apiKey) changed.push('API key');
  return changed;
}

/** Exotel accounts: details in the store, the API token only in the OS keychain. */
export class AccountsService {
  constructor(
    private readonly deps: {
      repo: AccountsRepo;
      settings: SettingsRepo;
      secrets: SecretStore;
      activity: ActivityRepo;
      access: ExotelAccess;
      emit: EventSink;
      /** Running jobs, settled when the user switches accounts. */
      jobs?: Pick<JobRunner, 'forAccount' | 'cancel'>;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** The Sandbox account always exists, so a new user has something to try without a real account. */
  ensureSandbox(credentials: { accountSid: string; apiKey: string }): void {
    if (this.deps.repo.get(SANDBOX_ACCOUNT_ID)) return;
    const at = this.now().toISOString();
    this.deps.repo.insert({
      id: SANDBOX_ACCOUNT_ID,
      kind: 'sandbox',
      name: 'Sandbox',
      accountSid: credentials.accountSid,
      apiKey: credentials.apiKey,
      region: 'custom',
      host: 'sandbox',
      defaultCountry: 'IN',
      callerId: '08047112233',
      callerIds: ['08047112233', '08047112244'],
      createdAt: at,
      updatedAt: at,
    });
  }

  private view(a: AccountRecord, withToken: Set<string>): AccountView {
    return {
      id: a.id,
      kind: a.kind,
      name: a.name,
      accountSid: a.accountSid,
      apiKey: a.apiKey,
      region: a.region,
      host: a.host,
      defaultCountry: a.defaultCountry,
      callerId: a.callerId,
      ...accountSettings(a),
      hasToken: a.kind === 'sandbox' || withToken.has(a.id),
      createdAt: a.createdAt,
      lastTest: a.lastTest,
    };
  }

  /** Accounts whose token is in the keychain; a keychain that cannot be read reports none rather than failing the list. */
  private async tokensPresent(accounts: AccountRecord[]): Promise<Set<string>> {
    const present = new Set<string>();
    for (const a of accounts) {
      if (a.kind !== 'exotel') continue;
      try {
        if (await this.deps.secrets.get(a.id)) present.add(a.id);
      } catch {
        // the keychain banner explains this; the list itself stays usable
      }
    }
    return present;
  }

  activeId(): string | null {
    const stored = this.deps.settings.get<string>(ACTIVE_KEY);
    if (stored && this.deps.repo.get(stored)) return stored;
    const accounts = this.deps.repo.list();
    return (accounts.find((a) => a.kind === 'exotel') ?? accounts[0])?.id ?? null;
  }

  activeAccount(): AccountRecord | null {
    const id = this.activeId();
    return id ? this.deps.repo.get(id) : null;
  }

  async state(): Promise<AccountsState> {
    const accounts = this.deps.repo.list();
    const tokens = await this.tokensPresent(accounts);
    return { accounts: accounts.map((a) => this.view(a, tokens)), activeId: this.activeId() };
  }

  private async changed(): Promise<AccountsState> {
    const state = await this.state();
    this.deps.emit('accounts:changed', state);
    return state;
  }

  async create(input: AccountCreateInput): Promise<AccountView> {
    const fields = accountFields(input);
    const id = randomUUID();
    // Keychain first: if it refuses, nothing about the account is stored anywhere.
    await this.deps.secrets.set(id, input.apiToken.trim());
    const at = this.now().toISOString();
    const record = { id, kind: 'exotel' as const, ...fields, createdAt: at, updatedAt: at };
    // Pinned before the insert: with no choice stored, the first real account would otherwise take over.
    const activeBefore = this.activeId();
    if (activeBefore && !this.deps.settings.get<string>(ACTIVE_KEY)) this.deps.settings.set(ACTIVE_KEY, activeBefore);
    try {
      this.deps.repo.insert(record);
    } catch (error) {
      await this.deps.secrets.delete(id).catch(() => false);
      throw error;
    }
    // Saving never switches: a real account placing calls must be chosen on purpose, with "Switch to it".
    this.deps.activity.add({
      accountId: id,
      kind: 'account',
      level: 'info',
      message: `Added account “${record.name}” (${record.accountSid})`,
    });
    await this.changed();
    return this.view({ ...record, lastTest: null }, new Set([id]));
  }

  async update(input: AccountUpdateInput): Promise<AccountView> {
    const existing = this.require(input.id);
    if (existing.kind === 'sandbox') throw new AppError('validation', 'The Sandbox account cannot be edited.');
    const fields = accountFields(input);
    const moved = destinationChanges(existing, fields);
    if (moved.length && !input.apiToken) {
      // The saved token was typed for one host and account; it never follows the account somewhere else unasked.
      const message = `You changed the ${moved.join(', ')}: type the API token again to use it with ${fields.host}.`;
      throw new AppError('validation', message, { issues: [{ path: ['apiToken'], message }] });
    }
    if (input.apiToken) await this.deps.secrets.set(existing.id, input.apiToken.trim());
    this.deps.repo.update({ id: existing.id, ...fields, updatedAt: this.now().toISOString() });
    this.deps.access.forget(existing.id);
    this.deps.activity.add({
      accountId: existing.id,
      kind: 'account',
      level: 'info',
      message: `Updated account “${fields.name}”${input.apiToken ? ' and replaced its API token' : ''}`,
    });
    await this.changed();
    const updated = this.require(existing.id);
    return this.view(updated, await this.tokensPresent([updated]));
  }

  /** The Sandbox keeps hours too, so they can be tried before a real account exists. */
  async setHours(id: string, hours: CallingHours | null): Promise<AccountView> {
    const existing = this.require(id);
    if (hours && existing.defaultCountry === 'IN' && widensIndiaHours(hours) && !hours.widenReason) {
      const message =
        'India allows these calls only from 09:00 to 21:00 IST; to call outside them, say why they are allowed (for example, service calls the customer asked for)';
      throw new AppError('validation', message, { issues: [{ path: ['hours', 'widenReason'], message }] });
    }
    const kept = hours && !(existing.defaultCountry === 'IN' && widensIndiaHours(hours)) ? { ...hours, widenReason: '' } : hours;
    this.deps.repo.setCallingHours(id, kept, this.now().toISOString());
    const words = kept ? describeHours(kept) : 'its country’s default';
    this.deps.activity.add({
      accountId: id,
      kind: 'account',
      level: 'info',
      message: `Calling hours of “${existing.name}” set to ${words}${kept?.widenReason ? ` (${kept.widenReason})` : ''}`,
    });
    await this.changed();
    const updated = this.require(id);
    return this.view(updated, await this.tokensPresent([updated]));
  }

  async remove(id: string): Promise<AccountsState> {
    const existing = this.require(id);
    if (existing.kind === 'sandbox') throw new AppError('validation', 'The Sandbox account is built in and cannot be removed.');
    await this.deps.secrets.delete(id);
    this.deps.repo.delete(id);
    this.deps.access.forget(id);
    if (this.deps.settings.get<string>(ACTIVE_KEY) === id) this.deps.settings.delete(ACTIVE_KEY);
    this.deps.activity.add({
      accountId: null,
      kind: 'account',
      level: 'info',
      message: `Removed account “${existing.name}” and its keychain entry`,
    });
    return this.changed();
  }

  async setActive(id: string): Promise<AccountsState> {
    const account = this.require(id);
    const before = this.activeAccount();
    this.deps.settings.set(ACTIVE_KEY, account.id);
    if (before && before.id !== account.id) this.settleJobsOf(before, account);
    return this.changed();
  }

  /**
   * The old account's syncs only refresh screens that now show another account, so they are cancelled;
   * sends and exports finish on the account they started on. Activity names each, either way.
   */
  private settleJobsOf(before: AccountRecord, after: AccountRecord): void {
    const running = this.deps.jobs?.forAccount(before.id) ?? [];
    const cancelled = running.filter((job) => job.kind === 'sync' && this.deps.jobs?.cancel(job.jobId));
    const finishing = running.filter((job) => !cancelled.includes(job));
    const titles = (jobs: typeof running) => jobs.map((job) => job.title).join('; ');
    this.deps.activity.add({
      accountId: before.id,
      kind: 'account',
      level: 'info',
      message:
        `Switched from “${before.name}” to “${after.name}”.` +
        (cancelled.length ? ` Cancelled on “${before.name}”: ${titles(cancelled)}.` : '') +
        (finishing.length ? ` Still finishing on “${before.name}”: ${titles(finishing)}.` : ''),
    });
  }

  async test(id: string): Promise<ConnectionTestResult> {
    const account = this.require(id);
    let result: ConnectionTestResult;
    try {
      const client = await this.deps.access.clientFor(account);
      result = await probeConnection(client, 15_000, () => this.now());
    } catch (error) {
      const message = error instanceof AppError ? error.message : connectionMessage('keychain');
      result = { outcome: 'keychain', message, at: this.now().toISOString() };
    }
    this.deps.repo.recordTest(id, result);
    this.deps.activity.add({
      accountId: id,
      kind: 'connection-test',
      level: result.outcome === 'accepted' ? 'info' : 'warning',
      message: `Tested “${account.name}”: ${result.message}`,
    });
    await this.changed();
    return result;
  }

  private require(id: string): AccountRecord {
    const account = this.deps.repo.get(id);
    if (!account) throw new AppError('not-found', 'That account no longer exists; it may have been removed in another window.');
    return account;
  }
}
