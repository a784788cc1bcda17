import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import type { CallsExportMode, CallsExportResult } from '../../../shared/campaigns/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { PlanView } from '../../../shared/plans/schemas';
import { countOf, formatCount } from '../../../shared/plural';
import type { Dialogs } from '../../platform/dialogs';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CachedCampaign, CampaignsRepo } from '../../store/campaigns-repo';
import type { JobContext, JobSpec } from '../app/job-runner';
import { CsvWriter, quote } from './csv-writer';
import type { ExportService } from './export-service';

export interface PlanExportDeps {
  /** Writes one day's file exactly as a campaign's export does: same columns, same Excel-safe cells. */
  exports: Pick<ExportService, 'writeCalls'>;
  campaigns: Pick<CampaignsRepo, 'get'>;
  accounts: { activeAccount(): AccountRecord | null };
  plans: { get(id: string): PlanView };
  dialogs: Pick<Dialogs, 'saveCsv'>;
  jobs: { start<T>(spec: JobSpec<T>): { jobId: string } };
  /** Where each day's part is written for a moment before the parts are joined. */
  scratchDir: string;
}

interface PlanDayCampaign {
  day: number;
  cached: CachedCampaign;
}

/**
 * A plan's calls in one CSV: each day is written as its campaign's export would be, then the days are joined
 * under one header (a column any day has), with the day first on every row.
 */
export class PlanExport {
  constructor(private readonly deps: PlanExportDeps) {}

  async exportCalls(id: string, mode: CallsExportMode): Promise<{ jobId: string | null }> {
    const account = this.deps.accounts.activeAccount();
    if (!account) throw new AppError('not-found', 'There is no active account. Choose one to export its campaigns.');
    const plan = this.deps.plans.get(id);
    const days = plan.days.flatMap((d): PlanDayCampaign[] => {
      const cached = d.campaignId ? this.deps.campaigns.get(account.id, d.campaignId) : null;
      return cached ? [{ day: d.day, cached }] : [];
    });
    if (days.length === 0) throw new AppError('not-found', `No day of “${plan.name}” is on Exotel yet, so there are no calls to export.`);
    const suffix = mode === 'numbers' ? 'final outcome per number' : 'every call';
    const filePath = await this.deps.dialogs.saveCsv(`${plan.name} - all days - ${suffix}.csv`);
    if (!filePath) return { jobId: null };
    const missing = plan.days.length - days.length;
    return this.deps.jobs.start<CallsExportResult>({
      kind: 'export',
      title: `Exporting the calls of “${plan.name}” (${countOf(plan.days.length, 'day')})`,
      accountId: account.id,
      work: (ctx) => this.write(account, days, mode, filePath, ctx),
      describe: (r) =>
        `${formatCount(r.rows)} ${mode === 'numbers' ? 'numbers' : 'calls'} of ${countOf(days.length, 'day')} written to ${basename(r.filePath)}` +
        (r.notCalled ? `; ${formatCount(r.notCalled)} of them never called` : '') +
        (missing ? `. ${countOf(missing, 'day')} not on Exotel yet had nothing to write` : '') +
        (r.complete ? '' : '. Not every call was read from Exotel yet: sync the calls and export again for the rest.'),
    });
  }

  async write(
    account: AccountRecord,
    days: readonly PlanDayCampaign[],
    mode: CallsExportMode,
    filePath: string,
    ctx: Pick<JobContext, 'signal' | 'progress'>,
  ): Promise<CallsExportResult> {
    const dir = mkdtempSync(join(this.deps.scratchDir, 'plan-export-'));
    try {
      const parts: Array<{ day: number; rows: string[][]; header: string[]; result: CallsExportResult }> = [];
      for (const { day, cached } of days) {
        const path = join(dir, `day-${day}.csv`);
        const result = await this.deps.exports.writeCalls(account, cached, mode, path, {
          signal: ctx.signal,
          progress: (phase, done, total, message) => ctx.progress(`Day ${day}: ${phase}`, done, total, message),
        });
        const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
        rmSync(path, { force: true });
        const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
        parts.push({ day, rows, header, result });
      }
      const headers = [...new Set(parts.flatMap((p) => p.header))];
      ctx.signal.throwIfAborted();
      // The parts' cells are already in the writer's Excel-safe form: they go back in as they are, only quoted.
      const writer = await CsvWriter.open(filePath, [
        { header: 'day', kind: 'number' },
        ...headers.map((h) => ({ header: h, kind: 'text' as const })),
      ]);
      try {
        for (const part of parts) {
          const at = headers.map((h) => part.header.indexOf(h));
          for (const row of part.rows) {
            const waiting = writer.line([String(part.day), ...at.map((i) => quote(i < 0 ? '' : (row[i] ?? '')))].join(','));
            if (waiting) await waiting;
          }
        }
        await writer.close();
      } catch (error) {
        writer.abort();
        throw error;
      }
      const results = parts.map((p) => p.result);
      const sum = (pick: (r: CallsExportResult) => number | undefined) => results.reduce((n, r) => n + (pick(r) ?? 0), 0);
      return {
        filePath,
        rows: sum((r) => r.rows),
        complete: results.every((r) => r.complete),
        withContacts: results.find((r) => r.withContacts)?.withContacts ?? null,
        notCalled: mode === 'numbers' ? sum((r) => r.notCalled) : undefined,
        unreadLists: sum((r) => r.unreadLists) || undefined,
      };
    } catch (error) {
      if (ctx.signal.aborted) throw new AppError('cancelled', 'The export was cancelled; the partial file was removed.');
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
