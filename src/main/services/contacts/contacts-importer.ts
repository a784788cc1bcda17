import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { RESERVED_VARIABLE_NAMES } from '../../../shared/contacts/columns';
import type { ImportCounts, ReadOptions, SheetImport, SheetReading } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { isKnownCountry } from '../../../shared/phone/authority';
import { ContactListWriter, sweepUnfinished, type SweptImport } from '../../store/contact-list-writer';
import type { Db } from '../../store/db';
import { internalFailure } from '../app/internal-failure';
import { checkSheet, type CheckOptions, type CheckReport } from './check-sheet';
import { ImportWorkers } from './import-workers';
import { progressReporter, type ImportProgress } from './progress';
import { phoneSources } from './phone-sources';

export interface ContactsImporterDeps {
  db: Db;
  /** Worker threads for reading and checking; 0 keeps everything on the calling thread. Default: min(2, cores). */
  workers?: number;
  /** Where the worker entry is, when the build puts it somewhere other than next to the main bundle. */
  workerUrl?: string | URL;
  now?: () => Date;
  newId?: () => string;
  /** Told of each import the app stopped in the middle of (closed or killed) and has now removed. */
  onInterrupted?: (swept: SweptImport) => void;
}

export interface RunContext {
  accountId: string | null;
  signal: AbortSignal;
  onProgress(p: ImportProgress): void;
}

const CHECKPOINT_DELAY_MS = 250;

/**
 * Rows per stored block: a page of the rows table is a few blocks. Smaller blocks cost more
 * SQLite rows; larger ones keep more rows alive between garbage collections while they fill,
 * which measured slower on 100,000-row sheets at 512 and above.
 */
export const BLOCK_SIZE = 256;

/** Opening, checking and saving spreadsheets as contact lists. */
export class ContactsImporter {
  private readonly db: Db;
  private readonly workers: ImportWorkers;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly onInterrupted: ((swept: SweptImport) => void) | undefined;

  constructor(deps: ContactsImporterDeps) {
    this.db = deps.db;
    this.workers = new ImportWorkers({
      size: deps.workers ?? Math.min(2, cpus().length),
      ...(deps.workerUrl === undefined ? {} : { workerUrl: deps.workerUrl }),
    });
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.onInterrupted = deps.onInterrupted;
  }

  /**
   * A crash in the middle of an import leaves a hidden, half-written list: removes each, and
   * tells `onInterrupted`. The app calls it once at start; a list being written now is kept.
   */
  clearInterrupted(): SweptImport[] {
    const swept = sweepUnfinished(this.db);
    for (const s of swept) this.onInterrupted?.(s);
    return swept;
  }

  /** Starts the worker threads (all, or `count`) ahead of the first import. */
  warmUp(count?: number): Promise<void> {
    return this.workers.warmUp(count);
  }

  /** Worker threads running now; they are kept between imports. */
  get workersStarted(): number {
    return this.workers.started;
  }

  close(): Promise<void> {
    return this.workers.close();
  }

  async inspect(filePath: string, options?: ReadOptions): Promise<SheetReading> {
    return this.workers.inspect(filePath, options);
  }

  /** Reads, checks and saves the whole sheet as a contact list. Cancelled or failed, it saves nothing. */
  async run(settings: SheetImport, ctx: RunContext): Promise<{ listId: string; counts: ImportCounts }> {
    checkSettings(settings);
    const report = progressReporter(ctx.onProgress);
    report.started();
    const fileName = settings.filePath.split(/[\\/]/).pop() ?? settings.filePath;
    const writer = new ContactListWriter(this.db, {
      id: this.newId(),
      accountId: ctx.accountId,
      name: settings.listName.trim(),
      sourceFile: fileName,
      ...(settings.sheet === undefined ? {} : { sourceSheet: settings.sheet }),
      country: settings.country,
      encoding: settings.encoding,
      delimiter: settings.delimiter,
      phoneColumn: settings.phoneColumn,
      variables: settings.variables,
      nameColumns: settings.nameColumns ?? [],
      blockSize: BLOCK_SIZE,
      createdAt: this.now().toISOString(),
    });
    try {
      const result = await this.workers.run(
        {
          filePath: settings.filePath,
          encoding: settings.encoding,
          delimiter: settings.delimiter,
          sheet: settings.sheet,
          phoneColumn: settings.phoneColumn,
          ...phoneSources(settings),
          // The name's cells are kept after the variables', for exports; they are never sent to Exotel.
          variableColumns: [...settings.variables.map((v) => v.column), ...(settings.nameColumns ?? [])],
          country: settings.country,
          blockSize: BLOCK_SIZE,
          keeps: { sheet: true, problems: true },
        },
        (blocks, progress) => {
          if (ctx.signal.aborted) throw cancelled();
          writer.write(blocks);
          report.checking(progress);
        },
        ctx.signal,
      );
      if (ctx.signal.aborted) throw cancelled();
      report.saving(result.counts.rows);
      writer.finish(result.headers, result.counts, this.now().toISOString());
      this.checkpointLater();
      return { listId: writer.id, counts: result.counts };
    } catch (error) {
      writer.abort();
      if (ctx.signal.aborted) throw cancelled();
      throw error instanceof AppError ? error : internalFailure('The import stopped on a problem inside the app; no list was saved', error);
    }
  }

  /**
   * Copies the import's pages from the write-ahead log into the database file once the result
   * is out, instead of a thousand pages at a time during the import (see contact-list-writer).
   */
  private checkpointLater(): void {
    const timer = setTimeout(() => {
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Housekeeping only: SQLite checkpoints by itself at a later commit.
      }
    }, CHECKPOINT_DELAY_MS);
    timer.unref();
  }

  /** What `npm run import:check` prints: the whole pipeline without saving. */
  check(filePath: string, options: CheckOptions): Promise<CheckReport> {
    return checkSheet(this.workers, filePath, options, BLOCK_SIZE);
  }
}

function checkSettings(settings: SheetImport): void {
  if (!isKnownCountry(settings.country)) {
    throw new AppError('validation', `${settings.country} is not a country the app knows: use a two-letter code such as IN.`);
  }
  const fallbacks = settings.fallbackColumns ?? [];
  if (fallbacks.includes(settings.phoneColumn) || new Set(fallbacks).size !== fallbacks.length) {
    throw new AppError(
      'validation',
      'A column to use when the phone cell is empty must be another column than the phone column, each once.',
    );
  }
  if (settings.typeColumns && settings.typeColumns.length !== fallbacks.length + 1) {
    throw new AppError('validation', 'Each number column needs its type column (or none): the two lists do not match.');
  }
  const names = new Set<string>();
  const columns = new Set<number>([settings.phoneColumn]);
  for (const v of settings.variables) {
    const key = v.name.toLowerCase();
    if (RESERVED_VARIABLE_NAMES.has(key))
      throw new AppError('validation', `“${v.name}” is kept for the phone number: choose another name.`);
    if (names.has(key)) throw new AppError('validation', `Two variables are named “${v.name}”: give each its own name.`);
    if (columns.has(v.column)) {
      throw new AppError(
        'validation',
        v.column === settings.phoneColumn
          ? `Column ${v.column + 1} is the phone column; it cannot also be the variable “${v.name}”.`
          : `Column ${v.column + 1} is mapped twice: keep one variable for it.`,
      );
    }
    names.add(key);
    columns.add(v.column);
  }
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Import cancelled: no list was saved.');
}
