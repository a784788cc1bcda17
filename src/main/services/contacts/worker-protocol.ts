import { internalFailure } from '../app/internal-failure';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { AppError } from '../../../shared/ipc/result';
import type { CheckedChunk } from './checked-run';
import type { ReadOptions, SheetReading } from '../../../shared/contacts/schemas';
import type { SheetJobProgress, SheetJobResult, SheetJobSpec } from './sheet-job';

/** Messages between the import service and its worker threads. */
export type ToWorker = { type: 'run'; spec: SheetJobSpec } | { type: 'ack' } | { type: 'inspect'; filePath: string; options: ReadOptions };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'inspected'; preview: SheetReading }
  | { type: 'chunk'; chunk: CheckedChunk; progress: SheetJobProgress }
  | { type: 'done'; result: SheetJobResult }
  | { type: 'failed'; error: AppErrorShape };

/** Batches a worker may send before it waits for the service to store them. */
export const MAX_UNACKED_BATCHES = 16;

export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  return internalFailure('The import stopped on a problem inside the app; nothing was saved', error).toShape();
}

export function fromErrorShape(shape: AppErrorShape): AppError {
  return new AppError(shape.code, shape.message, shape.details);
}
