import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import { describeHours } from '../../../shared/compose/calling-hours';
import { CAMPAIGN_STATUS_LABELS, isFinalCampaignStatus, statsFinished, statsTotal, type CampaignStats } from '../../../shared/exotel';
import type { CampaignReport } from '../../../shared/ipc/channels/report';

/**
 * What a one-page report shows, as plain values: a campaign's figures here, and a plan of daily runs can build
 * the same object from its combined figures. Times are ISO strings; `zone` is the zone they are shown in.
 */
export interface ReportData {
  /** "Campaign" or "Plan of daily runs": the kind of thing reported, in the page's heading. */
  kindLabel: string;
  name: string;
  status: string;
  account: string;
  sandbox: boolean;
  /** The message Exotel reads, with its @@variables as written; null when the campaign plays a flow. */
  message: string | null;
  /** The flow it plays instead of a message, when it does. */
  flowUrl: string | null;
  schedule: { start: string | null; end: string | null; hours: string; zone: string };
  rate: string;
  /** Numbers by where they stand; null when Exotel has not counted them yet. */
  stats: CampaignStats | null;
  numbers: { total: number; answered: number; notReached: number; stillToCall: number };
  calls: { count: number; answered: number; averageTalkSeconds: number | null };
  /** Oldest first: the numbers each sync found, for progress over time. */
  snapshots: readonly StatSnapshot[];
  /** Whether the numbers can still change (it decides the empty chart's words). */
  final: boolean;
  times: { created: string | null; started: string | null; finished: string | null };
  generatedAt: string;
}

/** The report of one campaign, from what `report:get` answers. */
export function reportDataOf(report: CampaignReport, now: Date): ReportData {
  const c = report.detail.campaign;
  const final = isFinalCampaignStatus(c.status);
  const stats = c.stats;
  const total = stats ? statsTotal(stats) : 0;
  const answered = stats?.completed ?? 0;
  const finished = stats ? statsFinished(stats) : 0;
  const snapshots = report.detail.snapshots;
  return {
    kindLabel: 'Campaign',
    name: c.name,
    status: c.status === 'unknown' ? c.statusText || 'Unknown' : CAMPAIGN_STATUS_LABELS[c.status],
    account: report.account.name,
    sandbox: report.account.sandbox,
    message: c.readViaText,
    flowUrl: c.readViaText ? null : c.url,
    schedule: {
      start: c.schedule?.sendAt ?? null,
      end: c.schedule?.endAt ?? null,
      hours: describeHours(report.account.callingHours),
      zone: report.account.zone,
    },
    rate: c.mode === 'custom' && c.throttle ? `${c.throttle} calls a minute` : 'Automatic (the account’s throttle)',
    stats,
    numbers: { total, answered, notReached: finished - answered, stillToCall: total - finished },
    calls: { count: report.calls.calls, answered: report.calls.answeredCalls, averageTalkSeconds: report.calls.averageTalkSeconds },
    snapshots,
    final,
    times: {
      created: c.dateCreated,
      // Calling starts at the scheduled time, or at once when none was set; a scheduled one has not started.
      started: c.status === 'created' ? null : (c.schedule?.sendAt ?? c.dateCreated),
      finished: final ? latest([c.dateUpdated, report.calls.lastCallEndedAt]) : null,
    },
    generatedAt: now.toISOString(),
  };
}

/** The later of some ISO times: a campaign has finished once Exotel marked it so and its last call ended. */
function latest(times: readonly (string | null)[]): string | null {
  const known = times.filter((t): t is string => t !== null && !Number.isNaN(Date.parse(t)));
  return known.length ? known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}
