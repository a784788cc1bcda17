import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result';
import type { BlockSink, SheetJobProgress } from './sheet-job';
import { fromErrorShape, type FromWorker, type ToWorker } from './worker-protocol';

type Reply<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

/**
 * One exchange with a worker: sends a request, stores every block it posts meanwhile (in
 * order, acknowledging each batch once stored) and resolves with the awaited reply once all
 * blocks before it are stored. A worker error, exit, failure message or abort rejects.
 */
export function request<T extends FromWorker['type']>(
  worker: Worker,
  message: ToWorker,
  expect: T,
  hooks: { sink: BlockSink; onProgress?: (p: SheetJobProgress) => void; signal?: AbortSignal; transfer?: ArrayBuffer[] },
): Promise<Reply<T>> {
  return new Promise<Reply<T>>((resolve, reject) => {
    let storing: Promise<void> = Promise.resolve();
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      hooks.signal?.removeEventListener('abort', onAbort);
      worker.unref();
      outcome();
    };
    const fail = (error: unknown): void => finish(() => reject(error));
    const onMessage = (reply: FromWorker): void => {
      if (reply.type === 'blocks') {
        storing = storing
          .then(() => hooks.sink(reply.blocks, reply.progress))
          .then(() => worker.postMessage({ type: 'ack' } satisfies ToWorker));
        storing.catch(fail);
      } else if (reply.type === 'progress') {
        hooks.onProgress?.(reply.progress);
      } else if (reply.type === 'failed') {
        fail(fromErrorShape(reply.error));
      } else if (reply.type === expect) {
        storing.then(() => finish(() => resolve(reply as Reply<T>)), fail);
      }
    };
    const onError = (error: Error): void => fail(new AppError('internal', `The import worker failed: ${error.message}`));
    const onExit = (code: number): void => fail(new AppError('internal', `The import worker stopped (exit code ${code}).`));
    const onAbort = (): void => fail(new AppError('cancelled', 'Stopped before the end of the file.'));
    if (hooks.signal?.aborted) return onAbort();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    worker.ref();
    worker.postMessage(message, hooks.transfer ?? []);
  });
}
