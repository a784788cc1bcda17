import { countOf, formatCount } from '../../../shared/plural';
import { basename } from 'node:path';
import type { CallsExportResult, ReportDownloadResult } from '../../../shared/campaigns/schemas';
import { isFinalCampaignStatus } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { FetchLike } from '../../platform/desktop';
import type { Dialogs } from '../../platform/dialogs';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CallDetailsRepo } from '../../store/call-details-repo';
import type { CachedCampaign, CampaignsRepo } from '../../store/campaigns-repo';
import type { CampaignContacts } from '../campaigns/campaign-contacts';
import { callsSettled } from '../campaigns/call-details-reader';
import type { JobContext, JobSpec } from '../app/job-runner';
import { downloadReport, type ReportLimits } from './report-download';
import type { ExotelClient } from '../../exotel';
import type { CallsExportMode } from './call-details-csv';
import { campaignNumbers } from './campaign-numbers';
import { writeCallsFile } from './calls-export';

export interface ExportServiceDeps {
  campaigns: CampaignsRepo;
  calls: CallDetailsRepo;
  /** The campaign's contacts saved on this computer, for the names and variables of its numbers. */
  contacts: Pick<CampaignContacts, 'savedLists' | 'namedRows'>;
  dialogs: Dialogs;
  jobs: { start<T>(spec: JobSpec<T>): { jobId: string } };
  accounts: { activeAccount(): AccountRecord | null };
  /** How to reach a report's address: the platform's fetch, or the Sandbox in-process for its account. */
  fetchFor(account: AccountRecord): FetchLike;
  /** The account's client, to read the contacts of a campaign's Exotel lists this computer does not have. */
  access?: { clientFor(account: AccountRecord): Promise<ExotelClient>; isOffline(account: AccountRecord): boolean };
  /** The user's time zone; the computer's by default. */
  timeZone?: () => string;
  /** Bounds of Exotel's report download; 200 MB and 20 s without a byte by default. */
  reportLimits?: ReportLimits;
}

/** Call details out of the app: a CSV of the cached calls, or Exotel's own report of a finished campaign. */
export class ExportService {
  constructor(private readonly deps: ExportServiceDeps) {}

  private timeZone(): string {
    return this.deps.timeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private campaign(id: string): { account: AccountRecord; cached: CachedCampaign } {
    const account = this.deps.accounts.activeAccount();
    if (!account) throw new AppError('not-found', 'There is no active account. Choose one to export its campaigns.');
    const cached = this.deps.campaigns.get(account.id, id);
    if (!cached) throw new AppError('not-found', 'That campaign is not in the list any more; refresh the list.');
    return { account, cached };
  }

  /** Asks where to save, then writes the file as a job; null when the user closed the dialog. */
  async exportCalls(id: string, mode: CallsExportMode): Promise<{ jobId: string | null }> {
    const { account, cached } = this.campaign(id);
    const suffix = mode === 'numbers' ? 'final outcome per number' : 'every call';
    const filePath = await this.deps.dialogs.saveCsv(`${cached.campaign.name} - ${suffix}.csv`);
    if (!filePath) return { jobId: null };
    return this.deps.jobs.start<CallsExportResult>({
      kind: 'export',
      title: `Exporting the calls of “${cached.campaign.name}”`,
      accountId: account.id,
      work: (ctx) => this.writeCalls(account, cached, mode, filePath, ctx),
      describe: (r) =>
        `${formatCount(r.rows)} ${mode === 'numbers' ? 'numbers' : 'calls'} written to ${basename(r.filePath)}` +
        (r.notCalled ? `; ${formatCount(r.notCalled)} of them never called` : '') +
        (r.unreadLists
          ? `. The contacts of ${countOf(r.unreadLists, 'Exotel list')} could not be read, so their numbers never called are not in the file`
          : '') +
        (r.complete ? '' : '. Not every call was read from Exotel yet: sync the calls and export again for the rest.'),
    });
  }

  async writeCalls(
    account: AccountRecord,
    cached: CachedCampaign,
    mode: CallsExportMode,
    filePath: string,
    ctx: Pick<JobContext, 'signal' | 'progress'>,
  ): Promise<CallsExportResult> {
    const id = cached.campaign.id;
    const latestOnly = mode === 'numbers';
    const phase = latestOnly ? 'Writing numbers' : 'Writing calls';
    ctx.progress(latestOnly ? 'Gathering the campaign’s numbers' : phase, 0, null);
    try {
      const given = await campaignNumbers(account.id, cached, {
        contacts: this.deps.contacts,
        client: await this.clientFor(account, cached),
        signal: ctx.signal,
      });
      const called = this.deps.calls.count(account.id, id, latestOnly);
      const total = latestOnly ? Math.max(called, given.byKey.size) : called;
      ctx.progress(phase, 0, total);
      const written = await writeCallsFile(
        this.deps.calls.exportReader(),
        {
          accountId: account.id,
          cached,
          latestOnly,
          filePath,
          timeZone: this.timeZone(),
          now: new Date(),
          given,
          country: account.defaultCountry,
        },
        {
          signal: ctx.signal,
          onRow: (n) =>
            (n % 1000 === 0 || n === total) &&
            ctx.progress(phase, n, Math.max(n, total), `${formatCount(n)} of ${formatCount(Math.max(n, total))}`),
        },
      );
      return {
        filePath,
        rows: written.rows,
        complete:
          callsSettled(cached) || (!isFinalCampaignStatus(cached.campaign.status) && cached.calls.complete && cached.calls.total !== null),
        withContacts: given.listName,
        notCalled: latestOnly ? written.notCalled : undefined,
        unreadLists: given.unread.length || undefined,
      };
    } catch (error) {
      if (ctx.signal.aborted) throw new AppError('cancelled', 'The export was cancelled; the partial file was removed.');
      throw error;
    }
  }

  /** The client that reads the contacts of the campaign's Exotel lists, when some are not on this computer. */
  private async clientFor(account: AccountRecord, cached: CachedCampaign): Promise<ExotelClient | null> {
    if (!this.deps.access || cached.campaign.lists.length === 0 || this.deps.access.isOffline(account)) return null;
    try {
      return await this.deps.access.clientFor(account);
    } catch {
      return null;
    }
  }

  /** Exotel's report of a finished campaign, downloaded as it is: a plain GET that sends none of the account's credentials. */
  async downloadReport(id: string): Promise<{ jobId: string | null }> {
    const { account, cached } = this.campaign(id);
    const url = cached.campaign.reportUrl;
    if (!url) throw new AppError('not-found', 'Exotel has no report for this campaign yet; it offers one once the campaign has finished.');
    const parsed = URL.canParse(url) ? new URL(url) : null;
    const local = parsed !== null && account.kind === 'sandbox';
    if (!parsed || !(parsed.protocol === 'https:' || (local && parsed.protocol === 'http:'))) {
      throw new AppError('validation', `Exotel's report address is not a secure web address (${url}), so it was not downloaded.`);
    }
    const filePath = await this.deps.dialogs.saveCsv(`${cached.campaign.name} - Exotel report.csv`);
    if (!filePath) return { jobId: null };
    const fetch = this.deps.fetchFor(account);
    return this.deps.jobs.start<ReportDownloadResult>({
      kind: 'export',
      title: `Downloading Exotel’s report of “${cached.campaign.name}”`,
      accountId: account.id,
      work: (ctx) => downloadReport(fetch, url, filePath, ctx, this.deps.reportLimits),
      describe: (r) => `${countOf(r.rows, 'row')} saved to ${basename(r.filePath)}`,
    });
  }
}
