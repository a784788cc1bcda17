export interface SimClockState {
  now: number;
  wallAt: number;
  speed: number;
}

/**
 * Simulated time: runs `speed` times faster than the wall clock and can jump ahead, so a campaign
 * that takes hours can be watched in minutes, or finished at once in a test (speed 0 and advance).
 */
export class SimClock {
  private base: number;
  private wallAt: number;
  private rate: number;

  constructor(
    start: number,
    speed = 1,
    private readonly wall: () => number = Date.now,
  ) {
    this.base = start;
    this.wallAt = wall();
    this.rate = speed;
  }

  now(): number {
    return Math.floor(this.base + (this.wall() - this.wallAt) * this.rate);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('The Sandbox clock only moves forward');
    this.rebase();
    this.base += ms;
  }

  setSpeed(speed: number): void {
    if (!(speed >= 0) || !Number.isFinite(speed)) throw new RangeError('Speed must be 0 or more');
    this.rebase();
    this.rate = speed;
  }

  get speed(): number {
    return this.rate;
  }

  state(): SimClockState {
    return { now: this.now(), wallAt: this.wall(), speed: this.rate };
  }

  private rebase(): void {
    this.base = this.now();
    this.wallAt = this.wall();
  }
}
