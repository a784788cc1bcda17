import { untilAborted, type ClientClock } from './clock';

export interface PacerOptions {
  requestsPerMinute: number;
  /** Requests that may go at once after a quiet spell. */
  burst: number;
  clock: ClientClock;
  /**
   * No stretch of this many milliseconds holds more than `requestsPerMinute` requests. Default 61 s: Exotel
   * counts a minute, and the extra second keeps a request delayed on its way out of the window it left.
   */
  windowMs?: number;
}

/**
 * Paces every request of one client (one per account), so work running together stays under Exotel's
 * per-account limit. A token bucket spreads requests out after a short burst; a log of the last
 * `requestsPerMinute` requests makes the limit strict, since a bucket alone lets its burst and a minute's
 * refill through in one window. Requests wait their turn in order; a 429's Retry-After holds everyone back.
 */
export class Pacer {
  private tokens: number;
  private last: number;
  private heldUntil = 0;
  private tail: Promise<void> = Promise.resolve();
  private readonly perMs: number;
  private readonly windowMs: number;
  /** When the latest requests went, oldest first; at most `requestsPerMinute` of them. */
  private readonly sent: number[] = [];

  constructor(private readonly o: PacerOptions) {
    this.tokens = o.burst;
    this.last = o.clock.now();
    this.perMs = o.requestsPerMinute / 60_000;
    this.windowMs = o.windowMs ?? 61_000;
  }

  /** Holds every request until `until` (clock time), as a Retry-After asks. */
  holdUntil(until: number): void {
    this.heldUntil = Math.max(this.heldUntil, until);
  }

  async take(signal?: AbortSignal): Promise<void> {
    const before = this.tail;
    let release = (): void => {};
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await untilAborted(before, signal);
      await this.waitForTurn(signal);
    } finally {
      release();
    }
  }

  private refill(): void {
    const now = this.o.clock.now();
    this.tokens = Math.min(this.o.burst, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
  }

  /** Milliseconds until the window has room for one more request. */
  private windowWait(now: number): number {
    const limit = Math.max(1, Math.floor(this.o.requestsPerMinute));
    if (this.sent.length < limit) return 0;
    return (this.sent[this.sent.length - limit] as number) + this.windowMs - now;
  }

  private record(now: number): void {
    this.sent.push(now);
    const limit = Math.max(1, Math.floor(this.o.requestsPerMinute));
    if (this.sent.length > limit) this.sent.splice(0, this.sent.length - limit);
  }

  private async waitForTurn(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.o.clock.now();
      if (now < this.heldUntil) {
        await this.o.clock.sleep(this.heldUntil - now, signal);
        continue;
      }
      const windowWait = this.windowWait(now);
      if (windowWait > 0) {
        await this.o.clock.sleep(windowWait, signal);
        continue;
      }
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.record(now);
        return;
      }
      await this.o.clock.sleep(Math.ceil((1 - this.tokens) / this.perMs), signal);
    }
  }
}
