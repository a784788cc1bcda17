import { countOf } from '../../../shared/plural';
import type { ContactListView, ImportSettings, ReadOptions, RowsQuery, SheetPreview } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { redactError } from '../../../shared/redact';
import type { Dialogs } from '../../platform/dialogs';
import type { FileGrants } from '../files/file-grants';
import type { ContactsRepo } from '../../store/contacts-repo';
import type { AccountsService } from '../accounts/accounts-service';
import type { ContactsImporter } from './contacts-importer';
import { exportListProblems } from './problems-csv';
import type { JobRunner } from '../app/job-runner';
import type { NetworkMonitor } from '../app/network-monitor';
import { exotelListName, sentSummary } from './contacts-sender';
import type { OutboxService } from '../outbox/outbox-service';

const count = (n: number) => n.toLocaleString('en-IN');

/** Contact lists as the window sees them: import a sheet, review it, export its problems, send it to Exotel. */
export class ContactsService {
  constructor(
    private readonly deps: {
      importer: ContactsImporter;
      repo: ContactsRepo;
      jobs: JobRunner;
      accounts: AccountsService;
      network: NetworkMonitor;
      dialogs: Dialogs;
      outbox: Pick<OutboxService, 'enqueue' | 'track' | 'cancel'>;
      files: FileGrants;
      onChanged(listId: string | null): void;
    },
  ) {}

  /** Reads the start of a granted file; the window never names a path. */
  async inspect(fileId: string, options?: ReadOptions): Promise<SheetPreview> {
    const path = this.deps.files.pathOf(fileId);
    // The user maps columns next: one import worker starts meanwhile (the one a single import uses), so it never waits.
    this.deps.importer.warmUp(1).catch((error: unknown) => console.warn('[import] the worker did not start ahead:', redactError(error)));
    const reading = await this.deps.importer.inspect(path, options);
    return { ...reading, fileId };
  }

  startImport(settings: ImportSettings): { jobId: string } {
    const accountId = this.deps.accounts.activeId();
    const { fileId, ...rest } = settings;
    const sheet = { ...rest, filePath: this.deps.files.pathOf(fileId) };
    return this.deps.jobs.start({
      kind: 'import',
      title: `Importing ${this.deps.files.nameOf(fileId)}`,
      accountId,
      work: async (ctx) => {
        const result = await this.deps.importer.run(sheet, {
          accountId,
          signal: ctx.signal,
          onProgress: (p) => ctx.progress(p.phase, p.done, p.total, p.message, p.estimated),
        });
        this.deps.onChanged(result.listId);
        return result;
      },
      describe: ({ counts: c }) =>
        `${countOf(c.rows, 'row')}: ${count(c.valid)} valid, ${count(c.invalid)} invalid, ${count(c.duplicate)} duplicate` +
        (c.skippedEmpty ? `; ${countOf(c.skippedEmpty, 'empty line')} skipped` : ''),
    });
  }

  all(): ContactListView[] {
    return this.deps.repo.list();
  }

  get(id: string): ContactListView {
    const list = this.deps.repo.get(id);
    if (!list) throw new AppError('not-found', 'That contact list no longer exists.');
    return list;
  }

  rows(query: RowsQuery) {
    return this.deps.repo.rows(query);
  }

  rename(id: string, name: string): ContactListView {
    const list = this.deps.repo.rename(id, name);
    this.deps.onChanged(id);
    return list;
  }

  delete(id: string): { deleted: boolean } {
    const deleted = this.deps.repo.delete(id);
    this.deps.onChanged(null);
    return { deleted };
  }

  async exportProblems(id: string): Promise<{ filePath: string | null; rows: number }> {
    const list = this.get(id);
    const filePath = await this.deps.dialogs.saveCsv(`${list.name} - problems.csv`);
    if (!filePath) return { filePath: null, rows: 0 };
    const rows = await exportListProblems(this.deps.repo, list, filePath);
    return { filePath, rows };
  }

  send(id: string, type: 'static' | 'dynamic'): { jobId: string } {
    const list = this.get(id);
    const account = this.deps.accounts.activeAccount();
    if (!account) throw new AppError('not-found', 'Choose an account to send the list to.');
    if (!this.deps.network.reaches(account)) {
      throw new AppError(
        'offline',
        'You are offline. Sending a list needs a connection to Exotel; try again when you are back online. The list is safe here.',
      );
    }
    return this.deps.jobs.start({
      kind: 'upload',
      title: `Sending “${list.name}” to ${account.name}`,
      accountId: account.id,
      // The send is an outbox item like every write to Exotel; this job shows its progress and result.
      work: async (ctx) => {
        const item = this.deps.outbox.enqueue({
          kind: 'list-send',
          accountId: account.id,
          title: `Send “${list.name}” to Exotel (${type})`,
          key: exotelListName(id, type),
          listId: id,
          listType: type,
          skipEmptyFor: [],
        });
        const cancel = (): void => void this.deps.outbox.cancel(item.id);
        ctx.signal.addEventListener('abort', cancel, { once: true });
        try {
          const { view, result } = await this.deps.outbox.track(item.id, ctx.progress);
          if (view.state === 'done' && result?.list) return result.list;
          throw new AppError(ctx.signal.aborted ? 'cancelled' : 'exotel', view.message ?? 'The list could not be sent.');
        } finally {
          ctx.signal.removeEventListener('abort', cancel);
          this.deps.onChanged(id);
        }
      },
      describe: (link) => sentSummary(type, list.name, link, link.reused),
    });
  }

  close(): Promise<void> {
    return this.deps.importer.close();
  }
}
