import { EXOTEL_LIMITS, isFinalCampaignStatus, type CallDetail } from '../../../shared/exotel';
import type { ExotelClient } from '../../exotel';
import type { CachedCampaign, CampaignsRepo } from '../../store/campaigns-repo';

/** At most this many pages of 500 calls are read for one request, so a screen never waits minutes. */
const MAX_PAGES_PER_REQUEST = 4;
/** A campaign still calling gains calls; its tail is read again when the cache is older than this. */
const TAIL_MAX_AGE_MS = 15_000;

export interface CallsNeed {
  /** Rows the screen wants, counted from the first; Infinity when a filter needs every call. */
  upTo: number;
}

/**
 * Reads a campaign's calls from Exotel into the cache, oldest first, from where the cache stopped. Positions
 * in Exotel's list are kept, so a page read again lands on the same rows instead of adding copies.
 */
export class CallDetailsReader {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly repo: CampaignsRepo,
    private readonly now: () => Date,
  ) {}

  /** True when reading is worth a request: calls the screen needs are not cached yet, or a live campaign's tail is old. */
  wants(cached: CachedCampaign, need: CallsNeed): boolean {
    if (!cached.callsComplete) return cached.callsRead < need.upTo;
    if (isFinalCampaignStatus(cached.campaign.status) && cached.callsSyncedAt !== null && cached.callsSyncedAt >= cached.lastSyncedAt) return false;
    const age = cached.callsSyncedAt ? this.now().getTime() - Date.parse(cached.callsSyncedAt) : Infinity;
    return age > TAIL_MAX_AGE_MS;
  }

  /** One read at a time per campaign: a table scrolling fast asks for overlapping pages. */
  async fill(accountId: string, campaignId: string, client: ExotelClient, need: CallsNeed): Promise<void> {
    const key = `${accountId}\u0000${campaignId}`;
    for (;;) {
      const pending = this.running.get(key);
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const cached = this.repo.get(accountId, campaignId);
    if (!cached || !this.wants(cached, need)) return;
    const work = this.read(accountId, campaignId, cached, client, need).finally(() => this.running.delete(key));
    this.running.set(key, work);
    await work;
  }

  private async read(accountId: string, campaignId: string, cached: CachedCampaign, client: ExotelClient, need: CallsNeed): Promise<void> {
    const limit = EXOTEL_LIMITS.maxPageSize;
    let offset = cached.callsRead;
    let total = cached.callsTotal;
    let complete = false;
    for (let pages = 0; pages < MAX_PAGES_PER_REQUEST; pages++) {
      const page = await client.campaigns.callDetails(campaignId, { offset, limit, sortBy: 'date_created:asc' });
      const seen = page.items.length + page.failures.length;
      this.repo.putCalls(accountId, campaignId, withPositions(offset, page.items, page.failures.map((f) => f.index)));
      offset += seen;
      total = page.total ?? total;
      if (seen < limit || (page.total !== null && offset >= page.total)) {
        complete = true;
        break;
      }
      if (offset >= need.upTo) break;
    }
    this.repo.setCallsState(accountId, campaignId, { total, read: offset, complete, at: this.now().toISOString() });
  }
}

/** Exotel's position for each readable call of a page: the unreadable ones keep their places empty. */
function withPositions(offset: number, items: readonly CallDetail[], failedIndexes: readonly number[]): { seq: number; call: CallDetail }[] {
  const failed = new Set(failedIndexes);
  const out: { seq: number; call: CallDetail }[] = [];
  let index = 0;
  for (const call of items) {
    while (failed.has(index)) index++;
    out.push({ seq: offset + index, call });
    index++;
  }
  return out;
}
