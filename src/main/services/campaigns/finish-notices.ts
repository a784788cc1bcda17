import { outcomeCounts } from '../../../shared/campaigns/outcomes';
import { isFinalCampaignStatus, statsTotal, type Campaign, type CampaignStatus } from '../../../shared/exotel';
import type { EventSink } from '../../platform/desktop';
import type { Notifier } from '../../platform/notifier';
import type { AccountRecord } from '../../store/accounts-repo';
import type { ActivityRepo } from '../../store/activity-repo';
import type { SettingsRepo } from '../../store/settings-repo';
import { countOf, formatCount } from '../../../shared/plural';

/** The endings worth telling: the campaign stopped calling for good. Archived and deleted are the user's own doing. */
const TOLD: readonly CampaignStatus[] = ['completed', 'failed', 'canceled'];
const LAUNCHED_KEY = 'campaigns.launched';

const WORDS: Partial<Record<CampaignStatus, string>> = { completed: 'completed', failed: 'failed', canceled: 'was canceled' };

/** One line on how the numbers ended, from the campaign's own stats. */
export function finishSummary(c: Campaign): string {
  if (!c.stats) return 'Open it to see its calls.';
  const total = statsTotal(c.stats);
  const parts = outcomeCounts(c.stats)
    .filter((o) => o.count > 0)
    .map((o) => `${formatCount(o.count)} ${o.group.label.toLowerCase()}`);
  return `${countOf(total, 'number')}: ${parts.join(', ')}.`;
}

/**
 * Tells the user when a campaign ends (completed, failed or canceled) that this app saw running or launched:
 * an OS notification that opens the campaign when clicked, and a line in Activity.
 */
export class FinishNotices {
  constructor(
    private readonly deps: {
      notifier: Notifier;
      activity: ActivityRepo;
      settings: SettingsRepo;
      emit: EventSink;
    },
  ) {}

  private launched(): string[] {
    return this.deps.settings.get<string[]>(LAUNCHED_KEY) ?? [];
  }

  /** A campaign this app made: tell its end even if no sync ever saw it running. */
  watch(campaignId: string): void {
    const ids = this.launched();
    if (!ids.includes(campaignId)) this.deps.settings.set(LAUNCHED_KEY, [...ids, campaignId].slice(-500));
  }

  /** After a sync: `before` holds the statuses the cache had, `found` what Exotel says now. */
  observe(account: AccountRecord, before: ReadonlyMap<string, CampaignStatus>, found: readonly Campaign[]): Campaign[] {
    const launched = new Set(this.launched());
    const told: Campaign[] = [];
    for (const c of found) {
      if (!TOLD.includes(c.status)) continue;
      const was = before.get(c.id);
      const sawRunning = was !== undefined && !isFinalCampaignStatus(was);
      if (!sawRunning && !launched.has(c.id)) continue;
      this.tell(account, c);
      launched.delete(c.id);
      told.push(c);
    }
    if (told.length) this.deps.settings.set(LAUNCHED_KEY, [...launched]);
    return told;
  }

  private tell(account: AccountRecord, c: Campaign): void {
    const title = `Campaign ${WORDS[c.status] ?? c.statusText}: “${c.name}”`;
    const body = finishSummary(c);
    this.deps.activity.add({
      accountId: account.id,
      kind: 'campaign',
      level: c.status === 'completed' ? 'info' : 'warning',
      message: `${title}. ${body}`,
    });
    this.deps.notifier.show({
      title,
      body,
      onClick: () => this.deps.emit('campaigns:open', { accountId: account.id, campaignId: c.id }),
    });
  }
}
