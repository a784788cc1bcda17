import { AppError } from '../../../shared/ipc/result';
import { accountHours } from '../../../shared/compose/calling-hours';
import { defaultTimeZone } from '../../../shared/compose/zoned-time';
import { addFigures } from '../../../shared/results/figures';
import { daysBetween, periodSpan } from '../../../shared/results/period';
import type { CampaignResult, Heatmap, ListResult, ResultsPeriod, ResultsView } from '../../../shared/results/schemas';
import { offsetSpans } from '../../../shared/results/zone-offsets';
import { accountSettings, type AccountRecord } from '../../store/accounts-repo';
import type { CampaignMeta, ResultsRepo } from '../../store/results-repo';

/** A heatmap cell with fewer calls than this says "too few calls" instead of a rate. */
export const HEAT_MIN_CALLS = 20;

const DAY_MS = 86_400_000;

export interface ResultsDeps {
  repo: ResultsRepo;
  activeAccount: () => AccountRecord | null;
  syncedAt: (accountId: string) => string | null;
  now?: () => Date;
}

/** The zone the account's dates are read in: its own, else its country's. */
export function accountZone(account: AccountRecord): string {
  return accountSettings(account).timeZone || defaultTimeZone(account.defaultCountry);
}

/** The recipients' zone: India's for Indian accounts, whatever the account's own. */
export function callingZone(account: AccountRecord): string {
  return accountHours(account.defaultCountry, null, accountZone(account)).zone;
}

const TYPED = 'typed';

function listOf(meta: CampaignMeta | undefined, names: Map<string, string>): { key: string; name: string } {
  if (!meta || meta.lists.length === 0) return { key: TYPED, name: 'Numbers typed in' };
  const ids = [...meta.lists].sort();
  const name = ids.map((id) => names.get(id) ?? `List ${id} (not imported here)`).join(' + ');
  return { key: ids.join(','), name: meta.typed > 0 ? `${name} + numbers typed in` : name };
}

/** "How did this week go?" and "when do people answer?" for the active account. */
export class ResultsService {
  constructor(private readonly deps: ResultsDeps) {}

  private account(): AccountRecord {
    const account = this.deps.activeAccount();
    if (!account) throw new AppError('not-found', 'Add or choose an account first.');
    return account;
  }

  period(period: ResultsPeriod): ResultsView {
    const account = this.account();
    const zone = accountZone(account);
    const span = periodSpan(period, this.deps.now?.() ?? new Date(), zone);
    const { repo } = this.deps;
    const found = repo.period(account.id, span.fromMs, span.toMs, offsetSpans(zone, span.fromMs, span.toMs));
    const metas = new Map(repo.campaigns(account.id).map((m) => [m.id, m]));
    const names = repo.listNames(account.id);
    const campaigns: CampaignResult[] = found.campaigns.map(({ campaignId, ...figures }) => {
      const meta = metas.get(campaignId);
      const list = listOf(meta, names);
      return { ...figures, id: campaignId, name: meta?.name ?? campaignId, listKey: list.key, listName: list.name };
    });
    campaigns.sort((a, b) => b.firstCallMs - a.firstCallMs);
    const lists = new Map<string, ListResult>();
    for (const c of campaigns) {
      const before = lists.get(c.listKey);
      const sum = addFigures(before ? [before, c] : [c]);
      lists.set(c.listKey, { ...sum, key: c.listKey, name: c.listName, campaigns: (before?.campaigns ?? 0) + 1 });
    }
    const byDay = new Map(found.days.map((d) => [new Date(d.day * DAY_MS).toISOString().slice(0, 10), d]));
    const days = daysBetween(span.from, span.to).map((date) => {
      const d = byDay.get(date);
      return { date, numbers: d?.numbers ?? 0, reached: d?.reached ?? 0, calls: d?.calls ?? 0 };
    });
    return {
      accountId: account.id,
      zone,
      from: span.from,
      to: span.to,
      totals: addFigures(campaigns),
      campaigns,
      lists: [...lists.values()].sort((a, b) => b.numbers - a.numbers || a.name.localeCompare(b.name)),
      days,
      syncedAt: this.deps.syncedAt(account.id),
    };
  }

  heatmap(): Heatmap {
    const account = this.account();
    const zone = callingZone(account);
    const range = this.deps.repo.callRange(account.id);
    const spans = range ? offsetSpans(zone, range.fromMs, range.toMs) : [];
    const cells = range ? this.deps.repo.heat(account.id, spans) : [];
    return {
      accountId: account.id,
      zone,
      minCalls: HEAT_MIN_CALLS,
      calls: cells.reduce((sum, c) => sum + c.calls, 0),
      cells,
    };
  }
}
