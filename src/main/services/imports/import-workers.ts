import type { ImportCounts } from '../../../shared/imports/schemas';
import { AppError } from '../../../shared/ipc/result';
import { runSheetJob, type BlockSink, type SheetJobProgress, type SheetJobResult, type SheetJobSpec } from './sheet-job';
import { headerCellCount } from './split-plan';
import { resolveEntry, startWorker, type WorkerEntry } from './worker-entry';
import { request } from './worker-session';
import type { Worker } from 'node:worker_threads';

export { BUNDLED_WORKER_FILE } from './worker-entry';

export interface ImportWorkersOptions {
  /** Worker threads to keep; 0 runs every job on the calling thread. */
  size: number;
  /** The worker entry; by default the bundled file, or worker.ts through tsx when running from source. */
  workerUrl?: string | URL;
}

interface PooledWorker {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

/** Thrown when a sheet read in two parts did not join up; everything it stored must be dropped. */
export class SplitMismatch extends Error {
  constructor() {
    super('The two halves of the sheet did not join up');
  }
}

/** Sheets smaller than this are read by one worker: splitting costs more than it saves. */
export const SPLIT_FROM_BYTES = 1024 * 1024;

/**
 * Runs sheet jobs on worker threads while the calling thread stores what comes back. A big
 * sheet is read by two workers at once, one from each end of its middle record boundary.
 * Workers are kept between jobs, since starting one costs more than checking a small sheet.
 */
export class ImportWorkers {
  private readonly pool: PooledWorker[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly entry: WorkerEntry | null;
  /** Worker threads in use; 0 when jobs run on the calling thread. */
  readonly size: number;

  constructor(options: ImportWorkersOptions) {
    this.entry = options.size > 0 ? resolveEntry(options.workerUrl) : null;
    this.size = this.entry ? options.size : 0;
  }

  /** Starts every worker now so the first import does not wait for one. */
  async warmUp(): Promise<void> {
    while (this.pool.length < this.size) this.pool.push(this.spawn());
    await Promise.all(this.pool.map((p) => p.ready.catch(() => undefined)));
  }

  async close(): Promise<void> {
    const all = this.pool.splice(0);
    await Promise.all(all.map((p) => p.worker.terminate()));
  }

  /** Runs a job; `split` allows reading a big sheet with two workers (see runSplit). */
  async run(spec: SheetJobSpec, sink: BlockSink, signal?: AbortSignal, split = false): Promise<SheetJobResult> {
    if (this.size === 0) return runSheetJob(spec, sink, signal);
    if (signal?.aborted) throw cancelled();
    if (split && this.size >= 2) {
      const done = await this.runSplit(spec, sink, signal);
      if (done) return done;
    }
    const pooled = await this.acquire();
    try {
      await this.started(pooled);
      const reply = await request(pooled.worker, { type: 'run', spec }, 'done', { sink, ...(signal ? { signal } : {}) });
      return reply.result;
    } catch (error) {
      if (isWorkerLost(error)) this.discard(pooled);
      throw error;
    } finally {
      this.release(pooled);
    }
  }

  /**
   * One worker reads up to the record boundary nearest the middle while the other reads on
   * from it, holding its rows; when the first is done, the second learns which of its
   * numbers appeared above and releases its rows as blocks. Null when the sheet cannot be cut
   * or no second worker is free; throws SplitMismatch when the parts did not join up.
   */
  private async runSplit(spec: SheetJobSpec, sink: BlockSink, signal?: AbortSignal): Promise<SheetJobResult | null> {
    const pair = this.acquirePair();
    if (!pair) return null;
    const [first, second] = pair;
    const bytes = { first: 0, second: 0, rowsFirst: 0, rowsSecond: 0, size: 0 };
    const combined = (p: SheetJobProgress): SheetJobProgress => ({
      bytesRead: bytes.first + bytes.second,
      sizeBytes: p.sizeBytes || bytes.size,
      rows: bytes.rowsFirst + bytes.rowsSecond,
    });
    const firstSink: BlockSink = (blocks, p) => {
      bytes.first = p.bytesRead;
      bytes.rowsFirst = p.rows;
      bytes.size = p.sizeBytes;
      return sink(blocks, combined(p));
    };
    const onSecond = (p: SheetJobProgress): void => {
      bytes.second = p.bytesRead;
      bytes.rowsSecond = p.rows;
    };
    const hooks = signal ? { signal } : {};
    try {
      await Promise.all([this.started(first), this.started(second)]);
      const headerCount = await headerCellCount(spec.filePath, spec.encoding, spec.delimiter);
      const { plan } = await request(second.worker, { type: 'plan', spec }, 'planned', { sink, ...hooks });
      if (!plan || headerCount === null) return null;
      const firstPart = request(first.worker, { type: 'run-first', spec, end: plan.boundary }, 'first-done', { sink: firstSink, ...hooks });
      const restPart = request(
        second.worker,
        { type: 'run-rest', spec, part: { start: plan.boundary, recordsBefore: plan.recordsBefore, headerCount } },
        'rest-held',
        { sink, onProgress: onSecond, ...hooks },
      );
      // Both are awaited, so a failure of one never leaves the other's rejection unhandled.
      const [a, b] = await Promise.allSettled([firstPart, restPart]);
      if (a.status === 'rejected') throw a.reason;
      if (b.status === 'rejected') throw b.reason;
      const head = a.value.result;
      if (!head.cleanEnd || head.records !== plan.recordsBefore || head.headers.length !== headerCount) throw new SplitMismatch();
      const rows = head.counts.rows + b.value.counts.rows;
      const released = await request(
        second.worker,
        { type: 'release', first: { packer: head.packer, index: head.index } },
        'released',
        {
          sink: (blocks) => sink(blocks, { bytesRead: head.sizeBytes, sizeBytes: head.sizeBytes, rows }),
          ...hooks,
          transfer: [head.index.slots.buffer as ArrayBuffer],
        },
      );
      return { headers: head.headers, counts: addCounts(head.counts, released.counts), sizeBytes: head.sizeBytes };
    } catch (error) {
      // Either worker may still be reading, or holding rows: start both afresh next time.
      this.discard(first);
      this.discard(second);
      throw error;
    } finally {
      this.release(first);
      this.release(second);
    }
  }

  private async started(pooled: PooledWorker): Promise<void> {
    try {
      await pooled.ready;
    } catch (error) {
      this.discard(pooled);
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('internal', `The import worker could not start: ${reason}`);
    }
  }

  private acquire(): Promise<PooledWorker> {
    const free = this.takeFree();
    if (free) return Promise.resolve(free);
    return new Promise((resolve) => this.waiting.push(() => resolve(this.acquire())));
  }

  /** Two workers at once, or none: a split never waits for a second worker. */
  private acquirePair(): [PooledWorker, PooledWorker] | null {
    const a = this.takeFree();
    if (!a) return null;
    const b = this.takeFree();
    if (b) return [a, b];
    this.release(a);
    return null;
  }

  private takeFree(): PooledWorker | null {
    let free = this.pool.find((p) => !p.busy);
    if (!free && this.pool.length < this.size) {
      free = this.spawn();
      this.pool.push(free);
    }
    if (free) free.busy = true;
    return free ?? null;
  }

  private release(pooled: PooledWorker): void {
    pooled.busy = false;
    this.waiting.shift()?.();
  }

  private discard(pooled: PooledWorker): void {
    const i = this.pool.indexOf(pooled);
    if (i >= 0) this.pool.splice(i, 1);
    void pooled.worker.terminate();
  }

  private spawn(): PooledWorker {
    if (!this.entry) throw new Error('No import worker entry');
    const worker = startWorker(this.entry);
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: { type?: string }): void => {
        if (message.type !== 'ready') return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    // Failures surface through run(); an unused, failed warm-up must not crash the process.
    ready.catch(() => undefined);
    return { worker, ready, busy: false };
  }
}

/** Errors after which a worker may hold a half-done job: it is replaced, not reused. */
function isWorkerLost(error: unknown): boolean {
  return !(error instanceof AppError) || error.code === 'internal' || error.code === 'cancelled';
}

function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  const invalidReasons = { ...a.invalidReasons };
  for (const [reason, n] of Object.entries(b.invalidReasons)) invalidReasons[reason] = (invalidReasons[reason] ?? 0) + n;
  return {
    rows: a.rows + b.rows,
    valid: a.valid + b.valid,
    invalid: a.invalid + b.invalid,
    duplicate: a.duplicate + b.duplicate,
    skippedEmpty: a.skippedEmpty + b.skippedEmpty,
    ragged: a.ragged + b.ragged,
    invalidReasons,
  };
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Stopped before the end of the file.');
}
