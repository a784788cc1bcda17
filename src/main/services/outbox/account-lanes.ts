import { redactError } from '../../../shared/redact';
import type { Timers } from './outbox-view';

/**
 * One lane per account: at most one drain of an account's items runs at a time, a kick during a drain runs it once
 * more when it ends, and an account told to hold (Exotel asked to wait, or an answer may still be on its way) is
 * woken by one timer at the earliest time any hold ends.
 */
export class AccountLanes {
  private readonly loops = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly holds = new Map<string, number>();
  private readonly wakers = new Map<string, { at: number; handle: unknown }>();
  private stopped = false;

  constructor(
    private readonly drain: (accountId: string) => Promise<void>,
    private readonly timers: () => Timers,
    private readonly now: () => number,
  ) {}

  kick(accountId: string): void {
    if (this.stopped) return;
    if (this.loops.has(accountId)) {
      this.again.add(accountId);
      return;
    }
    const loop = this.drain(accountId)
      .catch((error: unknown) => console.error('[outbox]', redactError(error)))
      .finally(() => {
        this.loops.delete(accountId);
        if (this.again.delete(accountId)) this.kick(accountId);
      });
    this.loops.set(accountId, loop);
  }

  /** A drain about to look for work: kicks that came before this point are taken care of by it. */
  starting(accountId: string): void {
    this.again.delete(accountId);
  }

  hold(accountId: string, ms: number): void {
    this.holds.set(accountId, Math.max(this.holds.get(accountId) ?? 0, this.now() + ms));
  }

  /** True when the account is held; it is then woken when the hold ends. */
  held(accountId: string): boolean {
    const until = this.holds.get(accountId) ?? 0;
    if (until <= this.now()) return false;
    this.wakeAt(accountId, until);
    return true;
  }

  busy(): boolean {
    return this.loops.size > 0;
  }

  async idle(): Promise<void> {
    while (this.loops.size > 0) await Promise.all([...this.loops.values()]);
  }

  stop(): void {
    this.stopped = true;
    for (const { handle } of this.wakers.values()) this.timers().clear(handle);
    this.wakers.clear();
  }

  private wakeAt(accountId: string, at: number): void {
    const current = this.wakers.get(accountId);
    if (current && current.at <= at) return;
    if (current) this.timers().clear(current.handle);
    const handle = this.timers().set(
      () => {
        this.wakers.delete(accountId);
        this.kick(accountId);
      },
      Math.max(0, at - this.now()),
    );
    this.wakers.set(accountId, { at, handle });
  }
}
