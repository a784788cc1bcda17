import { randomUUID } from 'node:crypto';
import type { OutboxDecision, OutboxItemView, OutboxProgress, OutboxState } from '../../../shared/outbox/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { ExotelClient } from '../../exotel';
import type { AccountRecord } from '../../store/accounts-repo';
import type { OutboxRecord, OutboxResult } from '../../store/outbox-repo';
import type { JobContext } from '../app/job-runner';
import { AccountLanes } from './account-lanes';
import { isSettled } from '../../../shared/outbox/states';
import type { OutboxDeps, Settled } from './outbox-deps';
import { applyDecision, QUESTION_CHOICES, unknownQuestion } from './outbox-decisions';
import { newRecord, realTimers, toView, type Timers } from './outbox-view';
import { checkItem, sendItem, type Step, type StepContext } from './outbox-steps';
import { staleLaunchQuestion } from './launch-time';
import type { NewOutboxItem, OutboxPort } from './types';

/** A check that cannot read Exotel is tried this many times, further apart each time, before the user is asked. */
const CHECK_BACKOFF_MS = [10_000, 30_000, 60_000];
/** A list send whose answers keep getting lost stops after this many attempts and says so. */
const MAX_LIST_ATTEMPTS = 5;
/** The window hears a send's progress at most this often (a static send of 100,000 rows has 20 batches). */
const PROGRESS_EVERY_MS = 250;

/**
 * The only writer to Exotel. Items drain one at a time per account, in the order they were queued, whenever the
 * account can be reached. An answer that may have been lost is never followed by a blind resend: the item is
 * checked on Exotel first, and when that cannot tell, the user is asked.
 */
export class OutboxService implements OutboxPort {
  private readonly lanes = new AccountLanes(
    (accountId) => this.drain(accountId),
    () => this.timers,
    () => this.now(),
  );
  private readonly abort = new AbortController();
  private readonly itemAborts = new Map<string, AbortController>();
  private readonly watchers = new Map<string, { progress?: JobContext['progress']; settled: Array<(s: Settled) => void> }>();
  /** Progress of the items being sent now; kept in memory only, since it means nothing after a restart. */
  private readonly progressOf = new Map<string, OutboxProgress & { emittedAt: number }>();
  private offNetwork: (() => void) | null = null;
  private stopped = false;
  /** Items queued inside `enqueueAll`, announced and sent only once its transaction is stored. */
  private batch: OutboxItemView[] | null = null;

  constructor(private readonly deps: OutboxDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private get timers(): Timers {
    return this.deps.timers ?? realTimers;
  }

  /** Takes up what a previous run left: an item found `sending` may have reached Exotel, so it is checked first. */
  start(): void {
    for (const r of this.deps.repo.inState('sending')) {
      this.change(r, 'queued', 'Campaign Desk stopped while this was being sent; it checks Exotel before sending anything again.', {
        phase: 'check',
      });
    }
    this.offNetwork = this.deps.network.onChange((online) => {
      if (online) this.kickAll();
    });
    this.kickAll();
  }

  /** Stops sending. An item in flight stays `sending` and is checked at the next start, as after a crash. */
  stop(): void {
    this.stopped = true;
    this.abort.abort();
    this.offNetwork?.();
    this.lanes.stop();
  }

  /** True while some account is draining. */
  busy(): boolean {
    return this.lanes.busy();
  }

  /** Resolves when no account is draining. */
  idle(): Promise<void> {
    return this.lanes.idle();
  }

  enqueue(item: NewOutboxItem): OutboxItemView {
    if (!this.deps.accounts.get(item.accountId)) throw new AppError('not-found', 'That account no longer exists.');
    const creates = item.kind === 'campaign-create' || item.kind === 'test-call';
    if (creates && this.deps.repo.keyTaken(item.accountId, item.key)) {
      throw new AppError('conflict', `A campaign named “${item.key}” is already in the outbox; give this one another name.`);
    }
    const dependsOn =
      item.kind === 'campaign-create' || item.kind === 'campaign-update' ? (item.dependsOn ?? item.payload.listFromItem) : null;
    if (dependsOn && !this.deps.repo.get(dependsOn)) throw new AppError('validation', 'The item this one waits for is not in the outbox.');
    const account = this.deps.accounts.get(item.accountId) as AccountRecord;
    const reachable = this.deps.network.reaches(account);
    const message = reachable ? 'Queued.' : 'Queued while offline; it goes when Exotel can be reached.';
    const r = this.deps.repo.insert(newRecord(randomUUID(), item, dependsOn, new Date(this.now()).toISOString(), message));
    const view = this.view(r);
    if (this.batch) {
      this.batch.push(view);
      return view;
    }
    this.deps.emit(view);
    this.lanes.kick(item.accountId);
    return view;
  }

  enqueueAll<T>(build: (enqueue: (item: NewOutboxItem) => OutboxItemView) => T): T {
    if (this.batch) throw new Error('enqueueAll does not nest');
    this.batch = [];
    let queued: OutboxItemView[] = [];
    let result: T;
    try {
      result = this.deps.repo.transaction(() => build((item) => this.enqueue(item)));
    } finally {
      queued = this.batch;
      this.batch = null;
    }
    for (const view of queued) this.deps.emit(view);
    for (const accountId of new Set(queued.map((v) => v.accountId))) this.lanes.kick(accountId);
    return result;
  }

  /**
   * Resolves once the item is done, failed or waits for the user, with what it produced; `progress` hears a
   * long step's progress meanwhile. For callers that show a send as a job (the list's "Send to Exotel").
   */
  track(id: string, progress?: JobContext['progress']): Promise<Settled> {
    const r = this.deps.repo.get(id);
    if (!r) return Promise.reject(new AppError('not-found', 'That outbox item no longer exists.'));
    if (isSettled(r.state)) return Promise.resolve({ view: this.view(r), result: r.result });
    return new Promise((resolve) => {
      const watcher = this.watchers.get(id) ?? { settled: [] };
      watcher.settled.push(resolve);
      if (progress) watcher.progress = progress;
      this.watchers.set(id, watcher);
    });
  }

  /** Stops an item: one not sent yet fails at once; one being sent stops, keeping what already reached Exotel. */
  cancel(id: string): boolean {
    const r = this.deps.repo.get(id);
    if (!r) return false;
    if (r.state === 'queued') {
      this.finish(r, 'failed', 'Cancelled before it was sent; nothing went to Exotel.');
      return true;
    }
    const controller = this.itemAborts.get(id);
    controller?.abort();
    return controller !== undefined;
  }

  get(id: string): OutboxItemView | null {
    const r = this.deps.repo.get(id);
    return r ? this.view(r) : null;
  }

  list(accountId: string): OutboxItemView[] {
    return this.deps.repo.list(accountId).map((r) => this.view(r));
  }

  async decide(id: string, decision: OutboxDecision, sendAt?: string): Promise<OutboxItemView> {
    const r = this.deps.repo.get(id);
    if (!r) throw new AppError('not-found', 'That outbox item no longer exists.');
    if (!r.choices.includes(decision))
      throw new AppError('validation', 'That answer does not apply to this item any more; the list has been refreshed.');
    const now = this.now();
    const outcome = applyDecision(r, decision, now, sendAt);
    // Retrying a launch whose list send failed retries the list send too.
    if (decision === 'retry' && r.dependsOn) {
      const dependency = this.deps.repo.get(r.dependsOn);
      if (dependency?.state === 'failed' && dependency.choices.includes('retry')) await this.decide(dependency.id, 'retry');
    }
    this.change(r, outcome.state, outcome.message, {
      phase: 'send',
      queuedAt: outcome.state === 'queued' ? new Date(now).toISOString() : r.queuedAt,
      checkFailures: 0,
      choices: outcome.choices,
      question: null,
    });
    if (outcome.state === 'done' || outcome.state === 'failed') this.recordActivity(r);
    this.lanes.kick(r.accountId);
    return this.view(r);
  }

  private change(r: OutboxRecord, state: OutboxState, message: string, patch: Partial<OutboxRecord> = {}): void {
    const at = new Date(this.now()).toISOString();
    Object.assign(r, { choices: [], question: null }, patch, { state, message, updatedAt: at });
    r.history = [...r.history, { at, state, message }];
    this.deps.repo.save(r);
    if (state !== 'sending') this.progressOf.delete(r.id);
    const view = this.view(r);
    this.deps.emit(view);
    const watcher = this.watchers.get(r.id);
    if (watcher && isSettled(state)) {
      this.watchers.delete(r.id);
      for (const resolve of watcher.settled) resolve({ view, result: r.result });
    }
  }

  private view(r: OutboxRecord): OutboxItemView {
    const progress = this.progressOf.get(r.id);
    if (!progress) return toView(r);
    const { emittedAt: _at, ...shown } = progress;
    return { ...toView(r), progress: shown };
  }

  /** A long step's progress: told to a watcher at once, and to the window at most a few times a second. */
  private progressed(r: OutboxRecord, phase: string, done: number, total: number | null, message?: string): void {
    const before = this.progressOf.get(r.id);
    const now = this.now();
    const due = !before || before.phase !== phase || now - before.emittedAt >= PROGRESS_EVERY_MS || (total !== null && done >= total);
    this.progressOf.set(r.id, { phase, done, total, message: message ?? null, emittedAt: due ? now : (before?.emittedAt ?? now) });
    if (due && r.state === 'sending') this.deps.emit(this.view(r));
  }

  private recordActivity(r: OutboxRecord): void {
    this.deps.activity.add({
      accountId: r.accountId,
      kind: 'outbox',
      level: r.state === 'done' ? 'info' : 'error',
      message: `${r.title}: ${r.message ?? ''}`,
    });
  }

  private finish(r: OutboxRecord, state: 'done' | 'failed', message: string, result?: OutboxResult): void {
    const patch: Partial<OutboxRecord> = { phase: 'send', choices: state === 'failed' ? ['retry'] : [] };
    if (result) Object.assign(patch, { result, campaignId: result.campaignId ?? r.campaignId });
    // A send shown as a job (with its progress) gets its Activity line from the job.
    const shownAsJob = this.watchers.get(r.id)?.progress !== undefined;
    this.change(r, state, message, patch);
    if (!shownAsJob) this.recordActivity(r);
  }

  private ask(r: OutboxRecord, question: 'stale' | 'unknown', message: string): void {
    this.change(r, 'needs-confirmation', message, { question, choices: QUESTION_CHOICES[question] });
  }

  private kickAll(): void {
    for (const accountId of this.deps.repo.accountsWithQueued()) this.lanes.kick(accountId);
  }

  private async drain(accountId: string): Promise<void> {
    for (;;) {
      this.lanes.starting(accountId);
      if (this.stopped) return;
      const account = this.deps.accounts.get(accountId);
      // Offline (or pretending to be), an account waits for the network monitor to say it is back.
      if (!account || !this.deps.network.reaches(account)) return;
      if (this.lanes.held(accountId)) return;
      const next = this.nextRunnable(accountId);
      if (!next) return;
      await this.step(next, account);
    }
  }

  /** The first queued item whose dependency is done; an item whose dependency failed fails with it. */
  private nextRunnable(accountId: string): OutboxRecord | null {
    for (const r of this.deps.repo.queued(accountId)) {
      if (!r.dependsOn) return r;
      const dependency = this.deps.repo.get(r.dependsOn);
      if (dependency?.state === 'done') return r;
      if (!dependency || dependency.state === 'failed') {
        const why = dependency
          ? `“${dependency.title}” did not go: ${dependency.message ?? 'it failed'}`
          : 'the item it waited for is gone';
        this.finish(r, 'failed', `Not sent, because ${why}. Choose Retry to try both again.`);
      }
    }
    return null;
  }

  private async step(r: OutboxRecord, account: AccountRecord): Promise<void> {
    let client: ExotelClient;
    try {
      client = await this.deps.access.clientFor(account);
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The account’s connection to Exotel could not be set up.';
      return this.finish(r, 'failed', `${message} Nothing was sent.`);
    }
    if (this.stopped) return;
    const dependency = r.dependsOn ? (this.deps.repo.get(r.dependsOn)?.result ?? null) : null;
    const own = new AbortController();
    const progress: JobContext['progress'] = (...args) => {
      this.watchers.get(r.id)?.progress?.(...args);
      const [phase, done, total, message] = args;
      this.progressed(r, phase, done, total, message);
    };
    const ctx: StepContext = {
      account,
      client,
      signal: AbortSignal.any([this.abort.signal, own.signal]),
      lists: this.deps.lists,
      dependency,
      progress,
    };
    if (r.phase === 'check') return this.check(r, ctx);

    if (r.item.kind === 'campaign-create' || r.item.kind === 'test-call') {
      const offset = this.deps.localOffsetMinutes?.() ?? -new Date(this.now()).getTimezoneOffset();
      const question = staleLaunchQuestion(r.item.payload.input, Date.parse(r.queuedAt), this.now(), offset);
      if (question) return this.ask(r, 'stale', question);
    }
    // Written before the request leaves, so a crash from here on is found at the next start and checked.
    this.change(r, 'sending', `Sending to Exotel${r.attempts > 0 ? ` (attempt ${r.attempts + 1})` : ''}.`, { attempts: r.attempts + 1 });
    this.itemAborts.set(r.id, own);
    const outcome = await sendItem(r, ctx).finally(() => this.itemAborts.delete(r.id));
    if (this.stopped) return;
    if (own.signal.aborted && outcome.kind !== 'done') {
      const said =
        outcome.kind === 'cancelled' ? outcome.message : 'Cancelled. What already reached Exotel stays there, and sending again reuses it.';
      return this.finish(r, 'failed', said);
    }
    this.settleSend(r, outcome, account.id);
  }

  private settleSend(r: OutboxRecord, s: Step, accountId: string): void {
    switch (s.kind) {
      case 'done':
        return this.finish(r, 'done', s.message, s.result);
      case 'failed':
        return this.finish(r, 'failed', s.message);
      case 'wait':
        this.change(r, 'queued', s.message);
        return this.lanes.hold(accountId, s.ms);
      default:
        if (r.kind === 'list-send' && r.attempts >= MAX_LIST_ATTEMPTS) {
          return this.finish(
            r,
            'failed',
            `${s.message} Exotel failed ${r.attempts} times; what reached it is kept and a Retry adds only what is missing.`,
          );
        }
        this.change(r, 'queued', `${s.message} Campaign Desk checks Exotel before anything is sent again.`, {
          phase: 'check',
          checkFailures: 0,
        });
        return this.lanes.hold(accountId, this.deps.settleDelayMs ?? 3000);
    }
  }

  private async check(r: OutboxRecord, ctx: StepContext): Promise<void> {
    const s = await checkItem(r, ctx);
    if (this.stopped) return;
    switch (s.kind) {
      case 'done':
        return this.finish(r, 'done', s.message, s.result);
      case 'failed':
        return this.finish(r, 'failed', s.message);
      case 'absent':
        return this.change(r, 'queued', s.message, { phase: 'send' });
      case 'ask':
        return this.ask(r, 'unknown', s.message);
      case 'wait':
        return this.lanes.hold(r.accountId, s.ms);
      default: {
        const failures = r.checkFailures + 1;
        if (failures >= CHECK_BACKOFF_MS.length) {
          return this.ask(r, 'unknown', unknownQuestion(r, failures, s.message));
        }
        this.change(r, 'queued', `Could not check Exotel yet (${s.message}); trying again shortly.`, { checkFailures: failures });
        return this.lanes.hold(r.accountId, CHECK_BACKOFF_MS[failures - 1] ?? 60_000);
      }
    }
  }
}

export type { OutboxDeps, Settled } from './outbox-deps';
