import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The bundled worker's file name, next to the main bundle (see electron.vite.config.ts). */
export const BUNDLED_WORKER_FILE = 'import-worker.js';

export type WorkerEntry = { kind: 'file'; url: string | URL } | { kind: 'typescript'; path: string };

/**
 * Where the worker code is: the given file; worker.ts when running from source (tests and
 * scripts run TypeScript directly); else the bundled file beside the main bundle, or null
 * when a build lacks it, in which case imports run on the calling thread.
 */
export function resolveEntry(workerUrl: string | URL | undefined): WorkerEntry | null {
  if (workerUrl !== undefined) return { kind: 'file', url: workerUrl };
  if (__filename.endsWith('.ts')) return { kind: 'typescript', path: join(__dirname, 'worker.ts') };
  const bundled = join(__dirname, BUNDLED_WORKER_FILE);
  return existsSync(bundled) ? { kind: 'file', url: bundled } : null;
}

/**
 * A roomier young generation than the default: a sheet's rows live a little while (until their
 * block is full), and fewer, larger collections copy fewer of them.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 };

export function startWorker(entry: WorkerEntry): Worker {
  if (entry.kind === 'file') return new Worker(entry.url, { resourceLimits: RESOURCE_LIMITS });
  // Running from source: compile the TypeScript entry on the fly.
  const bootstrap = `require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.entry);`;
  return new Worker(bootstrap, { eval: true, workerData: { entry: entry.path }, resourceLimits: RESOURCE_LIMITS });
}
