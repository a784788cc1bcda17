import type { CallsPage, CallsQuery, CallsSyncResult } from '../../../shared/campaigns/schemas';
import { AppError } from '../../../shared/ipc/result';
import { EXOTEL_BOUNDS } from '../../../shared/exotel';
import type { JobStarted } from '../../../shared/jobs/schemas';
import type { ExotelClient } from '../../exotel';
import { untilAborted } from '../../exotel/clock';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CallDetailsRepo } from '../../store/call-details-repo';
import type { CachedCampaign, CampaignsRepo } from '../../store/campaigns-repo';
import { toAppError } from '../exotel-access/exotel-errors';
import type { JobContext, JobSpec } from '../app/job-runner';
import { callsUnderWay, figuresAtRest } from '../../../shared/campaigns/calls-under-way';
import { isFinalCampaignStatus } from '../../../shared/exotel';
import { CallDetailsReader, callsSettled } from './call-details-reader';
import { countOf } from '../../../shared/plural';

/** Pages read for one screen of the calls table at most; the sync job reads the rest. */
const SCREEN_PAGES = 5;

export interface CampaignCallsDeps {
  repo: CampaignsRepo;
  calls: CallDetailsRepo;
  access: { clientFor(account: AccountRecord): Promise<ExotelClient> };
  jobs: { start<T>(spec: JobSpec<T>): JobStarted };
  isOffline(account: AccountRecord): boolean;
  now(): Date;
  pageSize?: number;
  /** Reads the campaign's figures from Exotel again; answers whether the cache changed. */
  reread?: (accountId: string, id: string) => Promise<boolean>;
  /** When background refresh reads again, while the app is open. */
  nextRefreshAt?: () => Date | null;
  /** How long the table waits for Exotel before showing what is cached; default 15 s. */
  interactiveMs?: number;
}

/** The table shows the cached calls rather than keep a person waiting on a slow Exotel. */
export function slowCallsNotice(waitedMs: number): string {
  const s = Math.max(1, Math.round(waitedMs / 1000));
  return `Exotel is slow to answer: nothing came within ${countOf(s, 'second')}, so the calls read before are shown. The table asks again when you scroll or open it again; Sync calls keeps reading in the background.`;
}

const NOT_CACHED = 'That campaign is not in the list any more; it may have been deleted on Exotel. Refresh the list.';

/** A campaign's calls: pages for the table from the cache, filled from Exotel as needed, and a sync job per campaign. */
export class CampaignCalls {
  readonly reader: CallDetailsReader;
  private readonly syncing = new Map<string, string>();

  constructor(private readonly deps: CampaignCallsDeps) {
    this.reader = new CallDetailsReader(deps.repo, deps.calls, deps.now, deps.pageSize);
  }

  private cached(account: AccountRecord, id: string): CachedCampaign {
    const cached = this.deps.repo.get(account.id, id);
    if (!cached) throw new AppError('not-found', NOT_CACHED);
    return cached;
  }

  async page(account: AccountRecord, query: CallsQuery): Promise<CallsPage> {
    const cached = this.cached(account, query.id);
    const offline = this.deps.isOffline(account);
    const statuses = query.status ?? [];
    const sort = query.sort ?? 'time';
    const desc = query.desc ?? false;
    // A filter, a search or another order needs every call; the plain list needs only the rows on screen.
    const whole = statuses.length > 0 || Boolean(query.search?.trim()) || sort !== 'time' || desc;
    const upTo = whole ? Number.POSITIVE_INFINITY : query.offset + query.limit;
    let notice: string | null = null;
    if (offline) {
      if (this.reader.wants(cached, upTo))
        notice = 'You are offline: these are the calls read before. More will load when you are back online.';
    } else {
      const waitMs = this.deps.interactiveMs ?? EXOTEL_BOUNDS.interactiveMs;
      const bound = AbortSignal.timeout(waitMs);
      try {
        const client = await this.deps.access.clientFor(account);
        // The bound also covers waiting behind a sync job's read of the same campaign, which this cannot stop.
        await untilAborted(this.reader.fill(account.id, query.id, client, { upTo, maxPages: SCREEN_PAGES, signal: bound }), bound);
      } catch (error) {
        const app = toAppError(error);
        notice = bound.aborted
          ? slowCallsNotice(waitMs)
          : `${app instanceof Error ? app.message : String(app)} The calls read before are shown.`;
      }
    }
    const after = this.deps.repo.get(account.id, query.id) ?? cached;
    const page = this.deps.calls.page(account.id, query.id, {
      statuses,
      search: query.search,
      sort,
      desc,
      offset: query.offset,
      limit: query.limit,
    });
    const counts = this.deps.calls.callCounts(account.id, query.id);
    if (!notice && whole && !after.calls.complete) notice = 'Only the calls read so far are searched; Sync calls reads the rest.';
    return {
      campaignId: query.id,
      total: page.total,
      offset: query.offset,
      rows: page.rows,
      counts,
      numberCounts: this.deps.calls.numberCounts(account.id, query.id),
      loaded: Object.values(counts).reduce((a, b) => a + b, 0),
      withDigit: this.deps.calls.hasDigit(account.id, query.id),
      exotelTotal: after.calls.total,
      complete: after.calls.complete,
      settled: callsSettled(after),
      final: isFinalCampaignStatus(after.campaign.status),
      underWay: isFinalCampaignStatus(after.campaign.status) ? callsUnderWay(after.campaign) : 0,
      nextReadAt:
        isFinalCampaignStatus(after.campaign.status) && !callsSettled(after) ? (this.deps.nextRefreshAt?.()?.toISOString() ?? null) : null,
      lastSyncedAt: after.calls.at,
      offline,
      notice,
    };
  }

  /** Reads every call Exotel has for the campaign as a job; asked again while it runs, the same job answers. */
  startSync(account: AccountRecord, id: string): JobStarted {
    const cached = this.cached(account, id);
    const running = this.syncing.get(`${account.id}\u0000${id}`);
    if (running) return { jobId: running };
    if (this.deps.isOffline(account)) {
      throw new AppError(
        'offline',
        'You are offline, so the calls cannot be read from Exotel now. The calls read before are kept; sync again when you are back online.',
      );
    }
    const key = `${account.id}\u0000${id}`;
    const started = this.deps.jobs.start<CallsSyncResult>({
      kind: 'calls',
      title: `Reading the calls of “${cached.campaign.name}”`,
      accountId: account.id,
      work: async (ctx) => {
        try {
          return await this.sync(account, id, ctx);
        } finally {
          this.syncing.delete(key);
        }
      },
      describe: (r) =>
        `${countOf(r.calls, 'call')} in the cache` +
        (r.complete ? (r.settled ? ', every call of the finished campaign' : ', up to date') : ', more to read') +
        (r.underWay > 0 ? `; ${countOf(r.underWay, 'call')} still under way on Exotel, read when they end` : '') +
        (r.unreadable ? `; ${countOf(r.unreadable, 'row')} Exotel sent could not be read` : ''),
    });
    this.syncing.set(key, started.jobId);
    return started;
  }

  /** Until the pass ends: resumable, since every page saves where it stands. */
  async sync(
    account: AccountRecord,
    id: string,
    ctx: Pick<JobContext, 'signal' | 'progress'>,
    maxPages = Number.POSITIVE_INFINITY,
  ): Promise<CallsSyncResult> {
    const phase = 'Reading calls from Exotel';
    ctx.progress(phase, 0, null);
    try {
      const before = this.cached(account, id);
      // A finished campaign's last calls end after the figures were read: read them again to see if they have.
      if (isFinalCampaignStatus(before.campaign.status) && !figuresAtRest(before.campaign)) await this.deps.reread?.(account.id, id);
      const client = await this.deps.access.clientFor(account);
      await this.reader.fill(account.id, id, client, {
        upTo: Number.POSITIVE_INFINITY,
        maxPages,
        signal: ctx.signal,
        onPage: (read, total) => ctx.progress(phase, read, total, `${countOf(read, 'call')} read`),
      });
    } catch (error) {
      throw toAppError(error);
    }
    const after = this.cached(account, id);
    const counts = this.deps.calls.callCounts(account.id, id);
    return {
      campaignId: id,
      calls: Object.values(counts).reduce((a, b) => a + b, 0),
      complete: after.calls.complete,
      settled: callsSettled(after),
      underWay: isFinalCampaignStatus(after.campaign.status) ? callsUnderWay(after.campaign) : 0,
      unreadable: after.calls.unreadable,
    };
  }
}
