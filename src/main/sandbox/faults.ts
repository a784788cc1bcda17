export interface FaultMatch {
  /** GET, POST, PUT or DELETE; any when left out. */
  method?: string;
  /** The path under /v2/accounts/<sid>: a string matches exactly ("/campaigns"), a RegExp by test. */
  path?: string | RegExp;
  /** How many requests it hits; default 1, Infinity for all. */
  count?: number;
}

export type Fault = FaultMatch &
  (
    | { kind: 'rate-limit'; retryAfterSeconds?: number }
    /** A 5xx; with afterWork the request's work is done first, as when a gateway fails on the way back. */
    | { kind: 'server-error'; status?: number; afterWork?: boolean }
    /** Any other answer, e.g. 402 for a plan limit. */
    | { kind: 'status'; status: number; code?: number; description?: string }
    /** The answer is held back this long (real milliseconds) after the work is done. */
    | { kind: 'slow'; delayMs: number }
    /** The work is done, then the connection drops before any answer. */
    | { kind: 'lost-answer' }
    /** The work is done and the answer is cut off mid-JSON. */
    | { kind: 'malformed' }
  );

interface Armed {
  fault: Fault;
  left: number;
}

export class FaultSet {
  private armed: Armed[] = [];

  inject(fault: Fault): void {
    this.armed.push({ fault, left: fault.count ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  /** Faults still waiting to hit a request. */
  pending(): number {
    return this.armed.length;
  }

  /** The first armed fault that fits the request, used up by one. */
  take(method: string, path: string): Fault | null {
    const hit = this.armed.find(({ fault }) => {
      if (fault.method && fault.method.toUpperCase() !== method) return false;
      if (fault.path === undefined) return true;
      return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
    });
    if (!hit) return null;
    hit.left -= 1;
    if (hit.left <= 0) this.armed.splice(this.armed.indexOf(hit), 1);
    return hit.fault;
  }
}
