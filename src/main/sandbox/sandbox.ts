import { writeJson } from './json-chunks';
import { Buffer } from 'node:buffer';
import type { FetchLike } from '../exotel/transport';
import { SimClock } from './clock';
import { seedDemo } from './demo';
import { FaultSet, type Fault } from './faults';
import { IdSource } from './random';
import { ApiProblem, envelope, problemReply, type SimReply } from './reply';
import { route } from './routes';
import type { SandboxState } from './state';
import { World } from './world';
import { reportCsv } from './campaign-view';
import { wireFor, type SandboxDialect } from './dialect';

export interface SandboxOptions {
  accountSid?: string;
  apiKey?: string;
  apiToken?: string;
  seed?: number;
  /** How many times faster than the wall clock simulated time runs; default 1, 0 to stand still. */
  speed?: number;
  start?: Date;
  /** The account's campaign throttle, calls a minute; default 60. */
  accountThrottle?: number;
  /** Answer 429 (with Retry-After) to a request beyond this many in any 60 simulated seconds, as Exotel's limit does. */
  rateLimitPerMinute?: number;
  /** Serve at most this many call-details rows a page, whatever the limit asked, and say so in the page's metadata. */
  callDetailsPageCap?: number;
  /** `docs`: answer in the forms Exotel's documentation shows instead of the Sandbox's own; default `sandbox`. */
  dialect?: SandboxDialect;
}

export interface RequestRecord {
  method: string;
  /** Path under /v2/accounts/<sid>, without the query. */
  path: string;
  query: string;
  /** Simulated time it arrived. */
  at: number;
  /** The status answered, or 'lost' when the answer was dropped. */
  outcome: number | 'lost';
}

export type SimOutcome = { kind: 'reply'; reply: SimReply; delayMs: number } | { kind: 'lost'; delayMs: number };

const MAX_LOG = 2000;

function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function freshState(o: SandboxOptions, clock: SimClock): SandboxState {
  const seed = o.seed ?? 1;
  const ids = new IdSource(seed ^ 0x5a5a);
  return {
    version: 1,
    account: {
      accountSid: o.accountSid ?? 'sandbox',
      apiKey: o.apiKey ?? `sandbox_key_${ids.hex(12)}`,
      apiToken: o.apiToken ?? `sandbox_token_${ids.hex(24)}`,
      accountThrottle: o.accountThrottle ?? 60,
    },
    seed,
    idCounter: 0,
    clock: clock.state(),
    campaigns: [],
    lists: [],
    contacts: [],
    uploads: [],
  };
}

/** An in-process Exotel: the campaign, list, contact and call-details endpoints, with simulated calls and injectable faults. */
export class Sandbox {
  readonly clock: { now(): number; advance(ms: number): void; setSpeed(n: number): void };
  readonly faults: { inject(f: Fault): void; clear(): void; pending(): number };
  /** Requests received, oldest first (the last 2000). */
  readonly requests: RequestRecord[] = [];
  readonly fetch: FetchLike;
  private readonly sim: SimClock;
  private readonly world: World;
  private readonly faultSet = new FaultSet();
  private rateLimit: number | null;
  /** Simulated times of the requests inside the current minute, when a rate limit is set. */
  private readonly recent: number[] = [];
  /** Request ids come from their own stream, so reading never shifts the ids of what is made. */
  private readonly requestIds: IdSource;

  /** `restored` is for Sandbox.restore, which checks the snapshot first. */
  constructor(o: SandboxOptions = {}, restored?: SandboxState) {
    const start =
      restored && !o.start
        ? restored.clock.now + (Date.now() - restored.clock.wallAt) * restored.clock.speed
        : (o.start?.getTime() ?? Date.now());
    this.sim = new SimClock(start, o.speed ?? restored?.clock.speed ?? 1);
    const state = restored ? (JSON.parse(JSON.stringify(restored)) as SandboxState) : freshState(o, this.sim);
    this.world = new World(state, this.sim);
    this.world.callDetailsPageCap = o.callDetailsPageCap ?? null;
    this.world.wire = wireFor(o.dialect ?? 'sandbox');
    this.rateLimit = o.rateLimitPerMinute ?? null;
    this.requestIds = new IdSource(state.seed ^ 0x7e57, Date.now() % 1_000_000);
    this.clock = {
      now: () => this.sim.now(),
      advance: (ms) => this.sim.advance(ms),
      setSpeed: (n) => this.sim.setSpeed(n),
    };
    this.faults = {
      inject: (f) => this.faultSet.inject(f),
      clear: () => this.faultSet.clear(),
      pending: () => this.faultSet.pending(),
    };
    this.fetch = (url, init) => this.inProcess(url, init);
  }

  /** Enforces Exotel's per-minute limit from now on (null: none). */
  limitRate(perMinute: number | null): void {
    this.rateLimit = perMinute;
    this.recent.length = 0;
  }

  /** Caps call-details pages from now on (null: serve what is asked, up to 500). */
  capCallDetailsPages(rows: number | null): void {
    this.world.callDetailsPageCap = rows;
  }

  get dialect(): SandboxDialect {
    return this.world.wire.dialect;
  }

  get credentials(): { accountSid: string; apiKey: string; apiToken: string } {
    const { accountSid, apiKey, apiToken } = this.world.account;
    return { accountSid, apiKey, apiToken };
  }

  /** A few lists and campaigns in every state, so each screen has something to show. */
  seedDemo(): void {
    seedDemo(this.world);
  }

  /** Plain JSON: keep it to carry the Sandbox's data across restarts. */
  snapshot(): SandboxState {
    this.world.catchUp();
    this.world.state.clock = this.sim.state();
    this.world.state.idCounter = this.world.ids.counter;
    return JSON.parse(JSON.stringify(this.world.state)) as SandboxState;
  }

  /** The snapshot as JSON text in pieces, for saving a large Sandbox without a copy of its data in memory. */
  writeSnapshot(write: (chunk: string) => void): void {
    this.world.catchUp();
    this.world.state.clock = this.sim.state();
    this.world.state.idCounter = this.world.ids.counter;
    writeJson(this.world.state, write);
  }

  /** Simulated time goes on from where it stood, by the wall time since the snapshot times its speed, unless `start` is given. */
  static restore(state: SandboxState, o: SandboxOptions = {}): Sandbox {
    if (state?.version !== 1) throw new Error('This Sandbox snapshot is from an unknown version');
    return new Sandbox(o, state);
  }

  /** Answers one request; `delayMs` and `lost` are for the transport to act out. */
  async handle(request: Request): Promise<SimOutcome> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const requestId = this.requestIds.hex(32);
    const base = `/v2/accounts/${this.world.account.accountSid}`;
    const path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
    const record: RequestRecord = { method, path, query: url.search, at: this.sim.now(), outcome: 0 };
    this.requests.push(record);
    if (this.requests.length > MAX_LOG) this.requests.splice(0, this.requests.length - MAX_LOG);

    const limited = this.overLimit(record.at, requestId, method);
    if (limited) {
      record.outcome = limited.status;
      return { kind: 'reply', reply: limited, delayMs: 0 };
    }
    const fault = this.faultSet.take(method, path);
    let reply = this.faultBeforeWork(fault, requestId, method);
    if (!reply) {
      try {
        reply = await this.serve(request, url, method, requestId);
      } catch (error) {
        reply =
          error instanceof ApiProblem
            ? problemReply(requestId, method, error)
            : envelope(requestId, method, 500, {
                code: 500,
                status: 'failure',
                data: null,
                error_data: { code: 500, message: 'Internal error', description: String(error) },
              });
      }
    }
    this.world.state.idCounter = this.world.ids.counter;
    if (fault?.kind === 'lost-answer' || (fault?.kind === 'server-error' && fault.afterWork)) {
      if (fault.kind === 'lost-answer') {
        record.outcome = 'lost';
        return { kind: 'lost', delayMs: 0 };
      }
      reply = envelope(requestId, method, fault.status ?? 502, {
        code: fault.status ?? 502,
        status: 'failure',
        data: null,
        error_data: null,
      });
    }
    if (fault?.kind === 'malformed') reply = { ...reply, body: reply.body.slice(0, Math.max(1, Math.floor(reply.body.length / 2))) };
    record.outcome = reply.status;
    return { kind: 'reply', reply, delayMs: fault?.kind === 'slow' ? fault.delayMs : 0 };
  }

  /** A sliding minute of simulated time: the request over the limit is refused and not counted. */
  private overLimit(at: number, requestId: string, method: string): SimReply | null {
    if (this.rateLimit === null) return null;
    while (this.recent.length && (this.recent[0] as number) <= at - 60_000) this.recent.shift();
    if (this.recent.length < this.rateLimit) {
      this.recent.push(at);
      return null;
    }
    const wait = Math.max(1, Math.ceil(((this.recent[0] as number) + 60_000 - at) / 1000));
    const reply = envelope(requestId, method, 429, {
      code: 429,
      status: 'failure',
      data: null,
      error_data: { code: 429, message: 'Too Many Requests', description: 'Rate limit exceeded' },
    });
    return { ...reply, headers: { ...reply.headers, 'retry-after': String(wait) } };
  }

  private faultBeforeWork(fault: Fault | null, requestId: string, method: string): SimReply | null {
    if (!fault) return null;
    switch (fault.kind) {
      case 'rate-limit': {
        const reply = envelope(requestId, method, 429, {
          code: 429,
          status: 'failure',
          data: null,
          error_data: { code: 429, message: 'Too Many Requests', description: 'Rate limit exceeded' },
        });
        return { ...reply, headers: { ...reply.headers, 'retry-after': String(fault.retryAfterSeconds ?? 1) } };
      }
      case 'server-error':
        if (fault.afterWork) return null;
        return {
          status: fault.status ?? 503,
          headers: { 'content-type': 'text/html' },
          body: '<html><body>Service Unavailable</body></html>',
        };
      case 'status':
        return problemReply(
          requestId,
          method,
          new ApiProblem(fault.status, fault.code ?? fault.status, fault.description ?? 'Refused by the Sandbox', true),
        );
      default:
        return null;
    }
  }

  private async serve(request: Request, url: URL, method: string, requestId: string): Promise<SimReply> {
    const report = /^\/campaign-reports\/([^/]+)\.csv$/.exec(url.pathname);
    if (report && method === 'GET') return this.report(decodeURIComponent(report[1] ?? ''));
    const { accountSid, apiKey, apiToken } = this.world.account;
    const auth = request.headers.get('authorization') ?? '';
    const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
    if (decoded !== `${apiKey}:${apiToken}`) throw new ApiProblem(401, 1010, 'The API key or token is wrong', true);
    const match = /^\/v2\/accounts\/([^/]+)(\/.*)$/.exec(url.pathname);
    if (!match) throw new ApiProblem(404, 1000, `Nothing at ${url.pathname}`, true);
    if (decodeURIComponent(match[1] ?? '') !== accountSid)
      throw new ApiProblem(403, 1003, `These credentials are not for account ${match[1]}`, true);
    const found = route(method, match[2] ?? '');
    if (!found) throw new ApiProblem(404, 1000, `Nothing at ${method} ${match[2]}`, true);
    return found.handler({ world: this.world, request, url, method, requestId, params: found.params });
  }

  /** Exotel hosts finished campaigns' reports where no credentials are asked; so does the Sandbox. */
  private report(id: string): SimReply {
    this.world.catchUp();
    const c = this.world.campaign(id);
    const finished = c && (c.status === 'completed' || c.status === 'archived' || c.status === 'canceled');
    if (!c || !finished) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'No such report' };
    return { status: 200, headers: { 'content-type': 'text/csv' }, body: reportCsv(c) };
  }

  private async inProcess(url: string, init: RequestInit): Promise<Response> {
    init.signal?.throwIfAborted();
    const outcome = await this.handle(new Request(url, init));
    if (outcome.delayMs > 0) await sleep(outcome.delayMs, init.signal);
    init.signal?.throwIfAborted();
    if (outcome.kind === 'lost') {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    }
    return new Response(outcome.reply.body, { status: outcome.reply.status, headers: outcome.reply.headers });
  }
}
