import type {
  CallsPage,
  CallsQuery,
  CampaignDetailView,
  CampaignListView,
  CampaignsRefreshResult,
} from '../../../shared/campaigns/schemas';
import type { Campaign, CampaignStatus } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { JobStarted } from '../../../shared/jobs/schemas';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CallDetailsRepo } from '../../store/call-details-repo';
import { statsKey, type CampaignsRepo } from '../../store/campaigns-repo';
import { isExotelError, type ExotelClient } from '../../exotel';
import { toAppError } from '../exotel-access/exotel-errors';
import type { JobContext, JobSpec } from '../app/job-runner';
import { CampaignCalls } from './campaign-calls';
import { countOf, formatCount } from '../../../shared/plural';

export interface CampaignsServiceDeps {
  repo: CampaignsRepo;
  calls: CallDetailsRepo;
  accounts: { activeAccount(): AccountRecord | null };
  /** The account's one shared client (ExotelAccess). */
  access: { clientFor(account: AccountRecord): Promise<ExotelClient> };
  network: { isOnline(): boolean; reaches(account: Pick<AccountRecord, 'kind'>): boolean; markSynced(at: Date): void };
  jobs: { start<T>(spec: JobSpec<T>): JobStarted };
  /** Told of every sync's findings, to tell the user about campaigns that ended. */
  finishes?: { observe(account: AccountRecord, before: ReadonlyMap<string, CampaignStatus>, found: readonly Campaign[]): unknown };
  /** Told after a sync changed the cache of an account, so open windows can read it again. */
  onChanged?: (accountId: string) => void;
  now?: () => Date;
  /** When background refresh reads again, for a screen to say when the calls still on will be read. */
  nextRefreshAt?: () => Date | null;
  /** Call-details rows asked for a page; Exotel documents 20. */
  callsPageSize?: number;
  /** How long the calls table waits for Exotel before it shows the cached calls; default 15 s. */
  interactiveMs?: number;
}

/** Said on a sync's progress while Exotel is slow: what the app does about it. */
export function slowSyncMessage(deadlineMs: number | null): string {
  const bound = deadlineMs === null ? '' : ` for up to ${Math.round(deadlineMs / 1000)} seconds`;
  return `Exotel is slow to answer. The app keeps trying${bound}; if no answer comes, the list stays as the last sync left it.`;
}

/**
 * The read side of campaigns: lists and details come from the local cache at once; a sync (a job) reads
 * every campaign of the active account from Exotel, and call details are read into the cache page by page.
 */
export class CampaignsService {
  readonly callsOf: CampaignCalls;

  constructor(private readonly deps: CampaignsServiceDeps) {
    this.callsOf = new CampaignCalls({
      repo: deps.repo,
      calls: deps.calls,
      access: deps.access,
      jobs: deps.jobs,
      isOffline: (account) => this.isOffline(account),
      now: () => this.now(),
      pageSize: deps.callsPageSize,
      interactiveMs: deps.interactiveMs,
      reread: (accountId, id) => this.reread(accountId, id),
      nextRefreshAt: () => deps.nextRefreshAt?.() ?? null,
    });
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** The Sandbox is in-process and works without a network (unless pretending to be offline); a real account needs one. */
  isOffline(account: AccountRecord): boolean {
    return !this.deps.network.reaches(account);
  }

  private requireActive(): AccountRecord {
    const account = this.deps.accounts.activeAccount();
    if (!account) throw new AppError('not-found', 'There is no active account. Add an Exotel account or choose the Sandbox.');
    return account;
  }

  list(): CampaignListView {
    const account = this.deps.accounts.activeAccount();
    if (!account) return { accountId: null, sandbox: false, campaigns: [], lastSyncedAt: null, offline: !this.deps.network.isOnline() };
    return {
      accountId: account.id,
      sandbox: account.kind === 'sandbox',
      campaigns: this.deps.repo.list(account.id),
      lastSyncedAt: this.deps.repo.accountSyncedAt(account.id),
      offline: this.isOffline(account),
    };
  }

  get(id: string): CampaignDetailView {
    const account = this.requireActive();
    const cached = this.deps.repo.get(account.id, id);
    if (!cached)
      throw new AppError('not-found', 'That campaign is not in the list any more; it may have been deleted on Exotel. Refresh the list.');
    return {
      campaign: cached.campaign,
      snapshots: this.deps.repo.snapshots(account.id, id),
      lastSyncedAt: cached.lastSyncedAt,
      offline: this.isOffline(account),
    };
  }

  refresh(): JobStarted {
    const account = this.requireActive();
    if (this.isOffline(account)) {
      const since = this.deps.repo.accountSyncedAt(account.id);
      throw new AppError(
        'offline',
        `You are offline, so the campaigns cannot be read from Exotel now. ${since ? 'The list shows what the last sync found.' : 'Refresh again when you are back online.'}`,
      );
    }
    return this.deps.jobs.start<CampaignsRefreshResult>({
      kind: 'sync',
      title: `Syncing campaigns of “${account.name}”`,
      accountId: account.id,
      work: (ctx) => this.sync(account, ctx),
      describe: (r) =>
        `${countOf(r.campaigns, 'campaign')} read, ${formatCount(r.changed)} with new numbers` +
        (r.removed ? `, ${r.removed} no longer on Exotel` : '') +
        (r.unreadable ? `, ${r.unreadable} could not be read (kept as they were)` : ''),
    });
  }

  /** Reads every page first and saves in one transaction, so a cancelled or failed sync changes nothing. */
  async sync(account: AccountRecord, ctx: Pick<JobContext, 'signal' | 'progress'>): Promise<CampaignsRefreshResult> {
    const phase = 'Reading campaigns from Exotel';
    ctx.progress(phase, 0, null);
    const found: Campaign[] = [];
    let unreadable = 0;
    try {
      const client = await this.deps.access.clientFor(account);
      const pages = client.campaigns.iterate(
        { sortBy: 'date_created:desc' },
        {
          signal: ctx.signal,
          onFailure: () => unreadable++,
          onSlow: ({ deadlineMs }) => ctx.progress(phase, found.length, null, slowSyncMessage(deadlineMs)),
        },
      );
      for await (const campaign of pages) {
        found.push(campaign);
        // The count is the bar's own; the message is kept for what a person must be told.
        ctx.progress(phase, found.length, null, '');
      }
    } catch (error) {
      throw toAppError(error);
    }
    if (ctx.signal.aborted) throw new AppError('cancelled', 'The sync was cancelled.');

    const at = this.now().toISOString();
    const before = new Map(this.deps.repo.list(account.id).map((c) => [c.id, c.status] as const));
    ctx.progress('Saving', found.length, found.length);
    const result = this.deps.repo.transaction(() => {
      let changed = 0;
      for (const campaign of found) {
        this.deps.repo.upsert(account.id, campaign, at);
        if (campaign.stats && this.deps.repo.latestSnapshotKey(account.id, campaign.id) !== statsKey(campaign.stats)) {
          this.deps.repo.addSnapshot(account.id, campaign.id, at, campaign.stats);
          changed++;
        }
      }
      // Only a walk that read every record can tell that a campaign is gone from Exotel.
      const removed = unreadable === 0 ? this.deps.repo.removeOthers(account.id, new Set(found.map((c) => c.id))) : 0;
      this.deps.repo.markAccountSynced(account.id, at);
      return { campaigns: found.length, changed, removed, unreadable };
    });
    this.deps.network.markSynced(new Date(at));
    this.deps.finishes?.observe(account, before, found);
    this.deps.onChanged?.(account.id);
    return result;
  }

  /**
   * Reads one campaign of the active account again, after an action on it had Exotel's answer, so the list and
   * the detail settle on what Exotel now says. A campaign Exotel no longer knows was deleted. Answers whether
   * the cache changed; another account's campaign waits for that account's next sync.
   */
  async reread(accountId: string, id: string): Promise<boolean> {
    const account = this.deps.accounts.activeAccount();
    if (!account || account.id !== accountId || this.isOffline(account)) return false;
    const cached = this.deps.repo.get(account.id, id);
    let campaign: Campaign;
    try {
      campaign = await (await this.deps.access.clientFor(account)).campaigns.get(id);
    } catch (error) {
      if (!(isExotelError(error) && error.kind === 'not-found') || !cached) return false;
      campaign = { ...cached.campaign, status: 'deleted', statusText: 'deleted' };
    }
    const at = this.now().toISOString();
    this.deps.repo.transaction(() => {
      this.deps.repo.upsert(account.id, campaign, at);
      if (campaign.stats && this.deps.repo.latestSnapshotKey(account.id, campaign.id) !== statsKey(campaign.stats)) {
        this.deps.repo.addSnapshot(account.id, campaign.id, at, campaign.stats);
      }
    });
    this.deps.onChanged?.(account.id);
    return true;
  }

  calls(query: CallsQuery): Promise<CallsPage> {
    return this.callsOf.page(this.requireActive(), query);
  }

  /** Reads every call of one campaign of the active account, as a job. */
  syncCalls(id: string): JobStarted {
    return this.callsOf.startSync(this.requireActive(), id);
  }
}
