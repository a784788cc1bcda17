import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { EXOTEL_BOUNDS } from '../../../shared/exotel';
import type { ReportDownloadResult } from '../../../shared/campaigns/schemas';
import { AppError } from '../../../shared/ipc/result';
import { countOf } from '../../../shared/plural';
import { discardBody } from '../../exotel/bounded-body';
import { isRedirect, judgeRedirect } from '../../exotel/redirects';
import type { FetchLike } from '../../platform/desktop';
import type { JobContext } from '../app/job-runner';

export interface ReportLimits {
  /** The most written of one report; default 200 MB. */
  maxBytes: number;
  /** The answer must begin, and then keep coming, within this; default 20 s. */
  idleMs: number;
}

const DEFAULT_LIMITS: ReportLimits = { maxBytes: EXOTEL_BOUNDS.reportBytes, idleMs: EXOTEL_BOUNDS.reportIdleMs };

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why a download stopped that was not the user's cancel: the stall timer and the size cap abort it too. */
type Stop = { kind: 'stalled' } | { kind: 'too-large' };

/**
 * Downloads Exotel's report of a finished campaign to `filePath`, within bounds: the same redirect rule as the
 * API client (never another host; within the host once), no more than `idleMs` without a byte, no more than
 * `maxBytes` in all. A partial file is removed whenever it does not finish.
 */
export async function downloadReport(
  fetch: FetchLike,
  url: string,
  filePath: string,
  ctx: Pick<JobContext, 'signal' | 'progress'>,
  limits: ReportLimits = DEFAULT_LIMITS,
): Promise<ReportDownloadResult> {
  ctx.progress('Downloading', 0, null);
  const controller = new AbortController();
  let stop: Stop | null = null;
  const halt = (why: Stop): void => {
    stop ??= why;
    controller.abort();
  };
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stillComing = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => halt({ kind: 'stalled' }), limits.idleMs);
  };
  const onCancel = (): void => controller.abort();
  ctx.signal.addEventListener('abort', onCancel, { once: true });
  const explain = (error: unknown): unknown => {
    if (ctx.signal.aborted) return new AppError('cancelled', 'The download was cancelled; the partial file was removed.');
    const reason: Stop | null = stop;
    if (reason?.kind === 'stalled') {
      const s = Math.max(1, Math.round(limits.idleMs / 1000));
      return new AppError(
        'exotel',
        `Exotel’s report stopped coming: nothing arrived for ${countOf(s, 'second')}, so the download was stopped and the partial file removed. Try again later or export the calls instead.`,
      );
    }
    if (reason?.kind === 'too-large') {
      return new AppError(
        'exotel',
        `Exotel’s report was larger than ${megabytes(limits.maxBytes)}, so the download was stopped and the partial file removed. Export the calls instead.`,
      );
    }
    return error;
  };
  let out: ReturnType<typeof createWriteStream> | null = null;
  try {
    stillComing();
    let response: Response;
    let current = url;
    for (let followed = 0; ; followed++) {
      try {
        response = await fetch(current, { method: 'GET', credentials: 'omit', redirect: 'manual', signal: controller.signal });
      } catch (error) {
        if (ctx.signal.aborted || stop) throw error;
        throw new AppError('offline', 'Could not reach the address of Exotel’s report. Check the connection and try again.');
      }
      if (!isRedirect(response)) break;
      discardBody(response);
      const verdict = judgeRedirect(current, response, { write: false, followed });
      if ('refuse' in verdict) {
        throw new AppError(
          'exotel',
          verdict.refuse === 'other-host'
            ? `Exotel’s report address sent the download on to another host${verdict.host ? `, ${verdict.host}` : ''}; the app does not follow that, so nothing was downloaded.`
            : 'Exotel’s report address sent the download on more than once, so nothing was downloaded.',
        );
      }
      current = verdict.follow;
    }
    if (!response.ok || !response.body) {
      discardBody(response);
      throw new AppError(
        'exotel',
        `Exotel’s report could not be downloaded (HTTP ${response.status}). Reports can expire; try again later or export the calls instead.`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      discardBody(response);
      halt({ kind: 'too-large' });
      throw explain(null);
    }
    out = createWriteStream(filePath);
    let lines = 0;
    let bytes = 0;
    const reader = response.body.getReader();
    for (;;) {
      stillComing();
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limits.maxBytes) {
        halt({ kind: 'too-large' });
        await reader.cancel().catch(() => undefined);
        throw explain(null);
      }
      for (const byte of value) if (byte === 10) lines++;
      if (!out.write(value)) await once(out, 'drain');
      ctx.progress('Downloading', Math.max(0, lines - 1), null, countOf(Math.max(0, lines - 1), 'row'));
    }
    out.end();
    await once(out, 'finish');
    return { filePath, rows: Math.max(0, lines - 1) };
  } catch (error) {
    out?.destroy();
    if (out) rmSync(filePath, { force: true });
    throw explain(error);
  } finally {
    clearTimeout(idle);
    ctx.signal.removeEventListener('abort', onCancel);
  }
}
