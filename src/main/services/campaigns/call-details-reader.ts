import { callsCounted, figuresAtRest } from '../../../shared/campaigns/calls-under-way';
import { EXOTEL_LIMITS, isFinalCampaignStatus } from '../../../shared/exotel';
import type { ExotelClient } from '../../exotel';
import { keyCalls, type CallDetailsRepo } from '../../store/call-details-repo';
import type { CachedCampaign, CallsState, CampaignsRepo } from '../../store/campaigns-repo';

/** A campaign still calling gains calls; its tail is read again when the last read is older than this. */
const TAIL_MAX_AGE_MS = 15_000;
/**
 * Calls are listed by when they started, and appear when they end; a call that started this long before the
 * newest one read has ended, so the calls before it can no longer move. A longer call is caught by the full
 * read once the campaign is final and its last calls have ended.
 */
export const SETTLE_MS = 10 * 60_000;

export interface ReadPlan {
  /** Stop once the pass has reached this offset (the rows a screen wants); Infinity for the whole pass. */
  upTo: number;
  /** Stop after this many pages, so a screen never waits long. */
  maxPages: number;
  signal?: AbortSignal;
  /** After every page: how far the pass is and Exotel's count of the campaign's calls. */
  onPage?: (read: number, total: number | null) => void;
}

/**
 * True when the cache holds every call of a final campaign: nothing more to read, ever. That needs Exotel's
 * figures to show nothing under way (a call still on is listed only when it ends) and a full pass begun after
 * that to have found every call the figures count.
 */
export function callsSettled(cached: CachedCampaign): boolean {
  return cached.calls.fullAt !== null && cached.calls.pass === 'final' && figuresAtRest(cached.campaign);
}

/**
 * Reads a campaign's calls from Exotel into the cache, keyed by call so a row seen twice is stored once.
 * While the campaign runs, each pass reads from the calls that can no longer move to the end; once it is
 * final, full passes read everything again, paced like a running campaign's tail, until one begun after its
 * last calls ended finds them all. Where a pass stands is saved after every page, so it resumes
 * after a restart or a lost connection.
 */
export class CallDetailsReader {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly repo: CampaignsRepo,
    private readonly calls: CallDetailsRepo,
    private readonly now: () => Date,
    private readonly pageSize: number = EXOTEL_LIMITS.callDetailsPageSize,
  ) {}

  /** True when reading is worth a request: the screen wants rows the pass has not reached, or a live campaign's tail is old. */
  wants(cached: CachedCampaign, upTo: number): boolean {
    const s = cached.calls;
    if (callsSettled(cached)) return false;
    if (!s.complete) return s.read < upTo;
    // Once final, a full pass starts at once the first time and once the figures show no call on (that pass can
    // find them all); while calls are still on, passes wait like a running campaign's tail.
    if (isFinalCampaignStatus(cached.campaign.status) && (s.pass === 'tail' || (s.pass === 'full' && figuresAtRest(cached.campaign))))
      return true;
    const age = s.at ? this.now().getTime() - Date.parse(s.at) : Infinity;
    return age > TAIL_MAX_AGE_MS;
  }

  /** One read at a time per campaign: a table scrolling fast and a sync job ask for overlapping pages. */
  async fill(accountId: string, campaignId: string, client: ExotelClient, plan: ReadPlan): Promise<void> {
    const key = `${accountId}\u0000${campaignId}`;
    for (;;) {
      const pending = this.running.get(key);
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const cached = this.repo.get(accountId, campaignId);
    if (!cached || !this.wants(cached, plan.upTo)) return;
    const work = this.read(accountId, campaignId, cached, client, plan).finally(() => this.running.delete(key));
    this.running.set(key, work);
    await work;
  }

  /** Where the next page comes from: the stopped pass's offset, or the start of a new pass. */
  private begin(accountId: string, campaignId: string, cached: CachedCampaign): CallsState {
    const s = cached.calls;
    if (isFinalCampaignStatus(cached.campaign.status)) {
      if (s.pass !== 'tail' && !s.complete) return { ...s };
      return { ...s, pass: figuresAtRest(cached.campaign) ? 'final' : 'full', read: 0, complete: false, unreadable: 0, fullAt: null };
    }
    if (!s.complete) return { ...s };
    const newest = this.calls.newestStart(accountId, campaignId);
    const read = newest === null ? 0 : this.calls.countStartedBefore(accountId, campaignId, newest - SETTLE_MS);
    return { ...s, pass: 'tail', read, complete: false, unreadable: 0 };
  }

  /** Every call Exotel's figures count is in the cache (or was sent unreadable); a shortfall means reading on. */
  private foundAll(accountId: string, campaignId: string, cached: CachedCampaign, state: CallsState): boolean {
    const counted = callsCounted(cached.campaign);
    return counted === null || this.calls.count(accountId, campaignId, false) + state.unreadable >= counted;
  }

  private async read(accountId: string, campaignId: string, cached: CachedCampaign, client: ExotelClient, plan: ReadPlan): Promise<void> {
    const state = this.begin(accountId, campaignId, cached);
    let limit = this.pageSize;
    for (let pages = 0; pages < plan.maxPages && !state.complete; pages++) {
      const page = await client.campaigns.callDetails(
        campaignId,
        { offset: state.read, limit, sortBy: 'date_created:asc' },
        { signal: plan.signal },
      );
      this.calls.put(accountId, campaignId, keyCalls(page.items));
      const seen = page.items.length + page.failures.length;
      state.read += seen;
      state.unreadable += page.failures.length;
      state.total = page.total ?? state.total;
      // Exotel's total says where the list ends; a short page only means Exotel serves smaller pages.
      state.complete = seen === 0 || (page.total !== null ? state.read >= page.total : seen < Math.min(limit, page.limit));
      if (page.limit > 0) limit = page.limit;
      state.at = this.now().toISOString();
      if (state.complete && state.pass === 'final' && this.foundAll(accountId, campaignId, cached, state)) state.fullAt = state.at;
      this.repo.setCallsState(accountId, campaignId, state);
      plan.onPage?.(state.read, state.total);
      if (state.read >= plan.upTo) break;
    }
  }
}
