import { parentPort } from 'node:worker_threads';
import { inspectSheet } from './inspect-sheet';
import { runSheetJob } from './sheet-job';
import { MAX_UNACKED_BATCHES, toErrorShape, type FromWorker, type ToWorker } from './worker-protocol';

/**
 * Worker thread entry: previews, reads, parses and checks one sheet at a time off the main thread
 * and posts runs of checked rows back, waiting for acknowledgements so memory stays bounded.
 */
const port = parentPort;
if (!port) throw new Error('The import worker must run in a worker thread');

let unacked = 0;
/** Readers waiting for the service to catch up; more than one when parsed text was queued. */
const waiting: Array<() => void> = [];

const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    unacked--;
    if (unacked < MAX_UNACKED_BATCHES) for (const resume of waiting.splice(0)) resume();
    return;
  }
  if (message.type === 'inspect') {
    // The preview is read and its columns scored here: the checks it runs are compiled and warm
    // for the import that follows, and a workbook's library and strings are loaded once.
    inspectSheet(message.filePath, message.options).then(
      ({ preview }) => post({ type: 'inspected', preview }),
      (error: unknown) => post({ type: 'failed', error: toErrorShape(error) }),
    );
    return;
  }
  runSheetJob(message.spec, (chunk, progress) => {
    // The row integers move rather than copy: this thread never reads them again.
    port.postMessage({ type: 'chunk', chunk, progress } satisfies FromWorker, [chunk.rows.buffer]);
    unacked++;
    if (unacked < MAX_UNACKED_BATCHES) return;
    return new Promise<void>((resolve) => waiting.push(resolve));
  }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({ type: 'failed', error: toErrorShape(error) }),
  );
});

post({ type: 'ready' });
