import { untilAborted, type ClientClock } from './clock';

export interface PacerOptions {
  requestsPerMinute: number;
  /** Requests that may go at once after a quiet spell. */
  burst: number;
  clock: ClientClock;
}

/**
 * A token bucket shared by every request of one client, so a long sync stays under Exotel's
 * per-account limit. Requests wait their turn in order; a 429's Retry-After holds everyone back.
 */
export class Pacer {
  private tokens: number;
  private last: number;
  private heldUntil = 0;
  private tail: Promise<void> = Promise.resolve();
  private readonly perMs: number;

  constructor(private readonly o: PacerOptions) {
    this.tokens = o.burst;
    this.last = o.clock.now();
    this.perMs = o.requestsPerMinute / 60_000;
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
      await this.waitForToken(signal);
    } finally {
      release();
    }
  }

  private refill(): void {
    const now = this.o.clock.now();
    this.tokens = Math.min(this.o.burst, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
  }

  private async waitForToken(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.o.clock.now();
      if (now < this.heldUntil) {
        await this.o.clock.sleep(this.heldUntil - now, signal);
        continue;
      }
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.o.clock.sleep(Math.ceil((1 - this.tokens) / this.perMs), signal);
    }
  }
}
