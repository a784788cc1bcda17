import { fakeFileId } from './fake-sheets';
import type { z } from 'zod';
import type { DeskApi } from '../../../src/shared/ipc/api-types';
import {
  channelNames,
  contract,
  type Channel,
  type ChannelOutput,
  type Contract,
  type EventName,
  type EventPayload,
} from '../../../src/shared/ipc/contract';
import { AppError, type Result } from '../../../src/shared/ipc/result';
import type { JobFinished, JobKind, JobProgress } from '../../../src/shared/jobs/schemas';

export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

export interface JobPlan {
  kind: JobKind;
  title: string;
  total: number | null;
  /** Progress events before the end; each advances done by total/steps. 0 ends the job at once. */
  steps: number;
  phase: (step: number) => string;
  finish: (signal: { cancelled: boolean }) => { outcome: JobFinished['outcome']; message: string; result?: unknown };
}

/**
 * The plumbing every fake channel shares: the contract's zod check on input (answering 'validation'
 * with path and message per issue, as main does), Result wrapping, events and timed jobs.
 */
export class FakeCore {
  private listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  private jobs = new Map<string, { progress: JobProgress; cancel: () => void }>();
  private nextJob = 1;
  readonly calls: { channel: Channel; input: unknown }[] = [];
  droppedPath: ((file: File) => string | null) | null = (file) => `/home/staff/Downloads/${file.name}`;

  constructor(
    private readonly stepMs: number,
    private handlers: Partial<Handlers> = {},
  ) {}

  setHandlers(handlers: Partial<Handlers>): void {
    this.handlers = { ...this.handlers, ...handlers };
  }

  async invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
    this.calls.push({ channel, input });
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'validation',
          message: 'Some fields need attention',
          details: {
            issues: parsed.error.issues.map((i) => ({
              path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
              message: i.message,
            })),
          },
        },
      };
    }
    const handler = this.handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'internal', message: `The stand-in has no handler for ${channel}` } };
    try {
      await Promise.resolve();
      return { ok: true, data: await handler(parsed.data) };
    } catch (cause) {
      if (cause instanceof AppError) return { ok: false, error: cause.toShape() };
      return { ok: false, error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } };
    }
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  /** Shaped like the preload's `window.api`: one named call per contract channel, plus on(). */
  api(): DeskApi {
    const api: Record<string, unknown> = {};
    for (const channel of channelNames) {
      const [namespace, method] = channel.split(':') as [string, string];
      const group = (api[namespace] ??= {}) as Record<string, unknown>;
      group[method] = (input?: unknown) => this.invoke(channel, input);
    }
    api.on = (event: EventName, listener: (payload: unknown) => void) => this.subscribe(event, listener);
    api.openDroppedFile = async (file: File) => {
      const path = this.droppedPath ? this.droppedPath(file) : null;
      if (!path)
        return {
          ok: false,
          error: { code: 'unsupported-file', message: `The app cannot tell where “${file.name}” is. Use Choose file to pick it instead.` },
        };
      return { ok: true, data: { fileId: fakeFileId(path), fileName: file.name } };
    };
    return Object.freeze(api) as DeskApi;
  }

  runningJobs(): JobProgress[] {
    return [...this.jobs.values()].map((j) => j.progress);
  }

  cancelJob(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    job.cancel();
    return true;
  }

  startJob(plan: JobPlan, onEnd?: (finished: JobFinished) => void): string {
    const jobId = `job-${this.nextJob++}`;
    let step = 0;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const progress: JobProgress = {
      jobId,
      kind: plan.kind,
      title: plan.title,
      phase: plan.phase(0),
      done: 0,
      total: plan.total,
      message: plan.phase(0),
    };
    const end = () => {
      this.jobs.delete(jobId);
      const finished = { jobId, kind: plan.kind, title: plan.title, ...plan.finish({ cancelled }) } as JobFinished;
      onEnd?.(finished);
      this.emit('job:finished', finished);
    };
    const tick = () => {
      if (cancelled) return;
      step++;
      if (step > plan.steps) {
        end();
        return;
      }
      const done = plan.total === null ? step : Math.min(plan.total, Math.round((plan.total * step) / plan.steps));
      Object.assign(progress, { done, phase: plan.phase(step), message: plan.phase(step) });
      this.emit('progress', { ...progress });
      timer = setTimeout(tick, this.stepMs);
    };
    this.jobs.set(jobId, {
      progress,
      cancel: () => {
        cancelled = true;
        if (timer) clearTimeout(timer);
        setTimeout(end, 0);
      },
    });
    // No steps: the job ends before the call that started it has answered, as a tiny import can.
    if (plan.steps === 0) end();
    else timer = setTimeout(tick, this.stepMs);
    return jobId;
  }
}
