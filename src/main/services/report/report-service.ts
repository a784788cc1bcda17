import { writeFile } from 'node:fs/promises';
import { accountHours } from '../../../shared/compose/calling-hours';
import type { CampaignDetailView } from '../../../shared/campaigns/schemas';
import type { CampaignReport, ReportFormat, ReportSaved } from '../../../shared/ipc/channels/report';
import { AppError } from '../../../shared/ipc/result';
import type { Dialogs } from '../../platform/dialogs';
import type { ReportPrinter } from '../../platform/report-printer';
import { accountSettings, type AccountRecord } from '../../store/accounts-repo';
import type { ReportRepo } from '../../store/report-repo';
import { composeSettingsOf } from '../compose/account-settings';

export interface ReportDeps {
  repo: ReportRepo;
  campaigns: { get(id: string): CampaignDetailView };
  activeAccount(): AccountRecord | null;
  dialogs: Pick<Dialogs, 'saveReport'>;
  /** Absent where the page prints itself (the web preview): saving a file is the desktop app's. */
  printer: ReportPrinter | null;
}

/** A campaign's one-page report: its figures for the page, and the page saved as PDF or PNG. */
export class ReportService {
  constructor(private readonly deps: ReportDeps) {}

  get(id: string): CampaignReport {
    const detail = this.deps.campaigns.get(id);
    const account = this.deps.activeAccount();
    if (!account) throw new AppError('not-found', 'Add or choose an account first.');
    const hours = accountHours(
      account.defaultCountry,
      accountSettings(account).callingHours,
      composeSettingsOf(account).timeZone,
      account.kind !== 'sandbox',
    );
    return {
      detail,
      account: { name: account.name, sandbox: account.kind === 'sandbox', callingHours: hours.hours, zone: hours.zone },
      calls: this.deps.repo.callTotals(account.id, id),
    };
  }

  async save(id: string, format: ReportFormat): Promise<ReportSaved> {
    const { printer } = this.deps;
    if (!printer) {
      throw new AppError(
        'validation',
        format === 'pdf'
          ? 'Here the report is saved through the browser: use Print, then “Save as PDF” as the printer.'
          : 'A PNG of the report is saved by the desktop app; here, print the report and choose “Save as PDF”.',
      );
    }
    const name = this.deps.campaigns.get(id).campaign.name;
    const path = await this.deps.dialogs.saveReport(reportFileName(name, format), format);
    if (!path) return { saved: false, filePath: null };
    let bytes: Uint8Array;
    try {
      bytes = await printer.render(id, format);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new AppError('internal', `The report of “${name}” could not be drawn, so nothing was saved: ${why}`);
    }
    try {
      await writeFile(path, bytes);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new AppError('internal', `The report could not be written to ${path}: ${why}. Choose another folder and save again.`);
    }
    return { saved: true, filePath: path };
  }
}

/** "Diwali offer – report.pdf": the campaign's name, without characters a file name may not hold. */
export function reportFileName(campaignName: string, format: ReportFormat): string {
  const plain = [...campaignName]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${plain || 'Campaign'} – report.${format}`;
}
