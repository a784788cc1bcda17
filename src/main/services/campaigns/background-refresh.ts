import { isFinalCampaignStatus } from '../../../shared/exotel';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CampaignsRepo } from '../../store/campaigns-repo';
import type { SettingsRepo } from '../../store/settings-repo';
import { figuresAtRest } from '../../../shared/campaigns/calls-under-way';
import { callsSettled } from './call-details-reader';
import type { CampaignsService } from './campaigns-service';

export const REFRESH_SECONDS_KEY = 'campaigns.refreshSeconds';
export const REFRESH_LIMITS = { min: 30, max: 3600, default: 60 } as const;
/** Background reads use at most this share of the account's pace, so what the user asks for never waits long. */
const BACKGROUND_SHARE = 0.5;

export interface RefreshTick {
  /** Requests the tick allowed itself. */
  budget: number;
  /** Campaigns whose calls were read. */
  campaigns: string[];
  skipped: 'no-account' | 'offline' | null;
}

const quiet = { progress: () => undefined };

/**
 * While the app is open, reads the active account's campaigns again every interval, and the calls of those
 * still running (and of those that ended, until a full read after their last calls ended). Each tick spends at most half of what the
 * account's pace allows over the interval, through the account's one client, so together with everything
 * else it never goes beyond the pace.
 */
export class BackgroundRefresh {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private controller = new AbortController();
  private current: Promise<RefreshTick> | null = null;
  private dueAt: number | null = null;

  constructor(
    private readonly deps: {
      campaigns: CampaignsService;
      repo: CampaignsRepo;
      accounts: { activeAccount(): AccountRecord | null };
      settings: SettingsRepo;
      requestsPerMinute(account: AccountRecord): number;
      onChanged(accountId: string): void;
    },
  ) {}

  intervalSeconds(): number {
    const saved = this.deps.settings.get<number>(REFRESH_SECONDS_KEY);
    return typeof saved === 'number' && saved >= REFRESH_LIMITS.min && saved <= REFRESH_LIMITS.max ? saved : REFRESH_LIMITS.default;
  }

  setIntervalSeconds(seconds: number): number {
    const value = Math.round(Math.min(REFRESH_LIMITS.max, Math.max(REFRESH_LIMITS.min, seconds)));
    this.deps.settings.set(REFRESH_SECONDS_KEY, value);
    if (this.timer) this.schedule();
    return value;
  }

  start(): void {
    this.controller = new AbortController();
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.controller.abort();
  }

  /** When the next round starts; null when background refresh is stopped. */
  nextAt(): Date | null {
    return this.timer && this.dueAt !== null ? new Date(this.dueAt) : null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = Date.now() + this.intervalSeconds() * 1000;
    this.timer = setTimeout(() => {
      void this.tick()
        .catch(() => undefined)
        .finally(() => {
          if (this.timer) this.schedule();
        });
    }, this.intervalSeconds() * 1000);
    this.timer.unref?.();
  }

  /** One round; a round still running is answered instead of starting a second. */
  tick(): Promise<RefreshTick> {
    this.current ??= this.round().finally(() => (this.current = null));
    return this.current;
  }

  private async round(): Promise<RefreshTick> {
    const account = this.deps.accounts.activeAccount();
    if (!account) return { budget: 0, campaigns: [], skipped: 'no-account' };
    if (this.deps.campaigns.isOffline(account)) return { budget: 0, campaigns: [], skipped: 'offline' };
    const ctx = { ...quiet, signal: this.controller.signal };
    const budget = Math.max(2, Math.floor(((this.deps.requestsPerMinute(account) * this.intervalSeconds()) / 60) * BACKGROUND_SHARE));
    const listed = await this.deps.campaigns.sync(account, ctx);
    let left = budget - Math.max(1, Math.ceil(listed.campaigns / 500));
    const due = this.deps.repo
      .list(account.id)
      .map((row) => this.deps.repo.get(account.id, row.id))
      .filter((c) => c !== null)
      .filter((c) =>
        isFinalCampaignStatus(c.campaign.status)
          ? (c.calls.at !== null || !figuresAtRest(c.campaign)) && !callsSettled(c)
          : c.campaign.status === 'in-progress',
      );
    const read: string[] = [];
    for (const [index, cached] of due.entries()) {
      const pages = Math.floor(left / (due.length - index));
      if (pages < 1) break;
      try {
        await this.deps.campaigns.callsOf.sync(account, cached.campaign.id, ctx, pages);
        read.push(cached.campaign.id);
      } catch {
        // A failed round leaves what it read; the next round goes on from there.
      }
      left -= pages;
    }
    this.deps.onChanged(account.id);
    return { budget, campaigns: read, skipped: null };
  }
}
