import type { ClientClock } from '../../../src/main/exotel/clock';
import type { Timers } from '../../../src/main/services/outbox/outbox-view';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * Time that moves only when told: the outbox's timers, the client's sleeps and the Sandbox's clock all read it,
 * so an hour of Retry-After and offline waiting takes no real time.
 */
export class VirtualTime implements Timers, ClientClock {
  private t: number;
  private next = 1;
  private pending: Pending[] = [];

  constructor(
    start: number,
    private readonly onAdvance: (ms: number) => void = () => undefined,
  ) {
    this.t = start;
  }

  now = (): number => this.t;

  set(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.push({ id, at: this.t + Math.max(0, ms), fn });
    return id;
  }

  clear(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }

  /** When the earliest timer is due, or null. */
  nextAt(): number | null {
    return this.pending.reduce<number | null>((min, p) => (min === null || p.at < min ? p.at : min), null);
  }

  /** Moves time on by `ms`, firing each timer at its own time. */
  advance(ms: number): void {
    const until = this.t + Math.max(0, ms);
    for (;;) {
      const due = this.pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.pending = this.pending.filter((p) => p !== due);
      this.move(due.at);
      due.fn();
    }
    this.move(until);
  }

  private move(to: number): void {
    if (to <= this.t) return;
    const by = to - this.t;
    this.t = to;
    this.onAdvance(by);
  }

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.advance(ms);
    await Promise.resolve();
  };
}
