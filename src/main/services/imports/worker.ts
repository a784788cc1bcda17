import { parentPort } from 'node:worker_threads';
import type { ImportCounts } from '../../../shared/imports/schemas';
import type { HeldRows } from './held-rows';
import { runFirstPart, runRestPart, runSheetJob, type BlockSink, type SheetJobSpec } from './sheet-job';
import { planSplit } from './split-plan';
import { bomLength } from './text-decoding';
import { open } from 'node:fs/promises';
import { MAX_UNACKED_BATCHES, toErrorShape, type FromWorker, type ToWorker } from './worker-protocol';

/**
 * Worker thread entry: reads, parses and checks a sheet (or one part of it) off the main
 * thread and posts blocks of checked rows back, waiting for acknowledgements so memory stays
 * bounded.
 */
const port = parentPort;
if (!port) throw new Error('The import worker must run in a worker thread');

let unacked = 0;
let wake: (() => void) | null = null;
/** The second part of a split sheet, between reading it and releasing it. */
let holding: { spec: SheetJobSpec; held: HeldRows; counts: ImportCounts } | null = null;

const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(message, transfer);
};

const toMain: BlockSink = (blocks, progress) => {
  if (blocks.length === 0) return;
  post({ type: 'blocks', blocks, progress });
  unacked++;
  if (unacked < MAX_UNACKED_BATCHES) return;
  return new Promise<void>((resolve) => (wake = resolve));
};

const fail = (error: unknown): void => {
  holding = null;
  post({ type: 'failed', error: toErrorShape(error) });
};

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'ack': {
      unacked--;
      if (unacked < MAX_UNACKED_BATCHES && wake) {
        const w = wake;
        wake = null;
        w();
      }
      return;
    }
    case 'run':
      runSheetJob(message.spec, toMain).then((result) => post({ type: 'done', result }), fail);
      return;
    case 'plan':
      plan(message.spec).then((p) => post({ type: 'planned', plan: p }), fail);
      return;
    case 'run-first':
      runFirstPart(message.spec, message.end, toMain).then(
        (result) => post({ type: 'first-done', result }, [result.index.slots.buffer as ArrayBuffer]),
        fail,
      );
      return;
    case 'run-rest': {
      const { spec } = message;
      runRestPart(spec, message.part, (progress) => post({ type: 'progress', progress })).then(({ held, counts, records }) => {
        holding = { spec, held, counts };
        post({ type: 'rest-held', counts, records });
      }, fail);
      return;
    }
    case 'release': {
      const job = holding;
      holding = null;
      if (!job) return fail(new Error('Nothing is held to release'));
      const progress = { bytesRead: 0, sizeBytes: 0, rows: job.counts.rows };
      job.held.release(job.spec, message.first, job.counts, toMain, progress).then(() => post({ type: 'released', counts: job.counts }), fail);
      return;
    }
  }
});

async function plan(spec: SheetJobSpec) {
  const handle = await open(spec.filePath, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = (await handle.stat()).size;
    head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  return planSplit(spec.filePath, spec.encoding, bomLength(head, spec.encoding), size);
}

post({ type: 'ready' });
