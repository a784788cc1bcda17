import { internalFailure } from '../app/internal-failure';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadOptions, SheetReading } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { StoredBlock } from '../../store/contact-blocks';
import { BlockPacker } from './block-packer';
import { inspectSheet } from './inspect-sheet';
import { runSheetJob, type ChunkSink, type SheetJobProgress, type SheetJobResult, type SheetJobSpec } from './sheet-job';
import { fromErrorShape, type FromWorker, type ToWorker } from './worker-protocol';

/** The bundled worker's file name, next to the main bundle (see electron.vite.config.ts). */
export const BUNDLED_WORKER_FILE = 'import-worker.js';

export interface ImportWorkersOptions {
  /** Worker threads to keep; 0 runs every job on the calling thread. */
  size: number;
  /** The worker entry; by default the bundled file, or worker.ts through tsx when running from source. */
  workerUrl?: string | URL;
}

/** Receives finished blocks in order; a returned promise holds the reading back until it settles. */
export type BlockSink = (blocks: StoredBlock[], progress: SheetJobProgress) => void | Promise<void>;

interface PooledWorker {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

/**
 * Runs sheet jobs on worker threads: previewing, reading, parsing and checking on another core
 * while the calling thread stores what comes back. Workers are kept between jobs, since starting one
 * costs more than checking a small sheet.
 */
export class ImportWorkers {
  private readonly pool: PooledWorker[] = [];
  private readonly waiting: Array<() => void> = [];

  private readonly entry: WorkerEntry | null;

  constructor(options: ImportWorkersOptions) {
    this.entry = options.size > 0 ? resolveEntry(options.workerUrl) : null;
    this.size = this.entry ? options.size : 0;
  }

  /** Worker threads in use; 0 when jobs run on the calling thread. */
  readonly size: number;

  /** Workers started and kept, idle or busy. */
  get started(): number {
    return this.pool.length;
  }

  /** Starts workers now (every one, or `count`) so an import does not wait for one. */
  async warmUp(count = this.size): Promise<void> {
    while (this.pool.length < Math.min(count, this.size)) this.pool.push(this.spawn());
    await Promise.all(this.pool.map((p) => p.ready));
  }

  /**
   * The preview of a sheet (see inspectSheet), read on the worker the import will next use, so
   * that what it loads and compiles is ready when the user starts the import.
   */
  async inspect(filePath: string, options: ReadOptions = {}): Promise<SheetReading> {
    if (this.size === 0) return (await inspectSheet(filePath, options)).preview;
    const pooled = await this.acquire();
    try {
      await this.whenStarted(pooled);
      return await this.inspectOn(pooled, filePath, options);
    } finally {
      this.release(pooled);
    }
  }

  async close(): Promise<void> {
    const all = this.pool.splice(0);
    await Promise.all(all.map((p) => p.worker.terminate()));
  }

  /**
   * Reads and checks the sheet on a worker (or here, without one) while this thread finds the
   * duplicates and packs the blocks: this thread would otherwise sit idle between stores.
   */
  async run(spec: SheetJobSpec, sink: BlockSink, signal?: AbortSignal): Promise<SheetJobResult> {
    const packer = new BlockPacker(spec.blockSize, spec.keeps, spec);
    const onChunk: ChunkSink = (chunk, progress) => {
      packer.add(chunk, progress.sizeBytes);
      const blocks = packer.take();
      return blocks.length > 0 ? sink(blocks, progress) : undefined;
    };
    const result = this.size === 0 ? await runSheetJob(spec, onChunk, signal) : await this.runPooled(spec, onChunk, signal);
    const { sizeBytes, counts } = result;
    await sink(packer.finish(), { bytesRead: sizeBytes, sizeBytes, rows: counts.rows });
    return { ...result, counts: packer.settle(counts) };
  }

  private async runPooled(spec: SheetJobSpec, sink: ChunkSink, signal?: AbortSignal): Promise<SheetJobResult> {
    if (signal?.aborted) throw cancelled();
    const pooled = await this.acquire();
    try {
      await this.whenStarted(pooled);
      return await this.runOn(pooled, spec, sink, signal);
    } finally {
      this.release(pooled);
    }
  }

  private whenStarted(pooled: PooledWorker): Promise<void> {
    return pooled.ready.catch((error: unknown) => {
      this.discard(pooled);
      throw internalFailure('The import could not start its reader; nothing was saved', error);
    });
  }

  private inspectOn(pooled: PooledWorker, filePath: string, options: ReadOptions): Promise<SheetReading> {
    const { worker } = pooled;
    return new Promise<SheetReading>((resolve, reject) => {
      const settle = (error: unknown, preview?: SheetReading): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (preview) resolve(preview);
        else reject(error);
      };
      const onMessage = (message: FromWorker): void => {
        if (message.type === 'inspected') settle(null, message.preview);
        else if (message.type === 'failed') settle(fromErrorShape(message.error));
      };
      const onError = (error: Error): void => {
        this.discard(pooled);
        settle(internalFailure('The sheet could not be read: its reader failed', error));
      };
      const onExit = (code: number): void => {
        this.discard(pooled);
        settle(internalFailure('The sheet could not be read: its reader stopped unexpectedly', new Error(`worker exit code ${code}`)));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      worker.postMessage({ type: 'inspect', filePath, options } satisfies ToWorker);
    });
  }

  private runOn(pooled: PooledWorker, spec: SheetJobSpec, sink: ChunkSink, signal?: AbortSignal): Promise<SheetJobResult> {
    const { worker } = pooled;
    return new Promise<SheetJobResult>((resolve, reject) => {
      let storing: Promise<void> = Promise.resolve();
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        worker.unref();
      };
      const fail = (error: unknown): void => {
        cleanup();
        // A worker stopped mid-job holds half a sheet in memory: start afresh next time.
        this.discard(pooled);
        reject(error);
      };
      const onMessage = (message: FromWorker): void => {
        if (message.type === 'chunk') {
          storing = storing
            .then(() => sink(message.chunk, message.progress))
            .then(() => worker.postMessage({ type: 'ack' } satisfies ToWorker));
          storing.catch(fail);
        } else if (message.type === 'done') {
          storing.then(() => {
            cleanup();
            resolve(message.result);
          }, fail);
        } else if (message.type === 'failed') {
          cleanup();
          reject(fromErrorShape(message.error));
        }
      };
      const onError = (error: Error): void => fail(internalFailure('The import’s reader failed; nothing was saved', error));
      const onExit = (code: number): void =>
        fail(internalFailure('The import’s reader stopped unexpectedly; nothing was saved', new Error(`worker exit code ${code}`)));
      const onAbort = (): void => fail(cancelled());
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.ref();
      worker.postMessage({ type: 'run', spec } satisfies ToWorker);
    });
  }

  private acquire(): Promise<PooledWorker> {
    const idle = this.pool.find((p) => !p.busy);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    if (this.pool.length < this.size) {
      const fresh = this.spawn();
      fresh.busy = true;
      this.pool.push(fresh);
      return Promise.resolve(fresh);
    }
    return new Promise((resolve) => this.waiting.push(() => resolve(this.acquire())));
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
    const worker = startWorker(this.entry);
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker): void => {
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

/**
 * In the packaged app the main bundle sits inside app.asar, but a worker thread cannot start from an
 * archive: the worker is packed to app.asar.unpacked (electron-builder.yml) and started from there.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

type WorkerEntry = { kind: 'file'; url: string | URL } | { kind: 'typescript'; path: string };

function resolveEntry(workerUrl: string | URL | undefined): WorkerEntry | null {
  if (workerUrl !== undefined) return { kind: 'file', url: workerUrl };
  if (__filename.endsWith('.ts')) return { kind: 'typescript', path: join(__dirname, 'worker.ts') };
  const bundled = outsideAsar(join(__dirname, BUNDLED_WORKER_FILE));
  // A build without the worker entry still imports correctly, on one thread.
  return existsSync(bundled) ? { kind: 'file', url: bundled } : null;
}

/**
 * A roomier young generation than the default: a sheet's rows live a little while (until their
 * block is full), and fewer, larger collections copy fewer of them.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 };

function startWorker(entry: WorkerEntry | null): Worker {
  if (!entry) throw new Error('No import worker entry');
  if (entry.kind === 'file') return new Worker(entry.url, { resourceLimits: RESOURCE_LIMITS });
  // Running from source (tests, scripts): compile the TypeScript entry on the fly.
  const bootstrap = `require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.entry);`;
  return new Worker(bootstrap, { eval: true, workerData: { entry: entry.path }, resourceLimits: RESOURCE_LIMITS });
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Stopped before the end of the file.');
}
