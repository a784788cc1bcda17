import { Buffer } from 'node:buffer';
import { backoffDelay, parseRetryAfter } from './backoff';
import { kindFor, provablyNotSent } from './classify';
import type { ClientClock } from './clock';
import { parseEnvelope, type Envelope } from './envelope';
import { ExotelError, type ExotelErrorKind } from './errors';
import type { Pacer } from './pacer';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ExotelCredentials {
  /** Scheme and host, e.g. https://api.exotel.com or http://127.0.0.1:4010 */
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  apiToken: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout, e.g. for a large upload. */
  timeoutMs?: number;
  /** Overrides the client's repeats of a failed request, e.g. 0 for a connection test that must answer at once. */
  maxRetries?: number;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /v2/accounts/<sid>, starting with a slash. */
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: FormData;
  /** What the request does, in words for messages: "create the campaign". */
  action: string;
  /** Bulk writes: a 4xx that carries one result per item is returned, not thrown. */
  itemResults?: boolean;
}

export interface Answer {
  status: number;
  envelope: Envelope;
  headers: Headers;
}

/** One attempt at a request, for a diagnostics log. It carries no headers, so no credentials. */
export interface Exchange {
  method: string;
  url: string;
  attempt: number;
  /** HTTP status, or null when no answer arrived. */
  status: number | null;
  /** 'ok', or the kind of error the attempt ended in. */
  outcome: 'ok' | ExotelErrorKind;
  durationMs: number;
  requestId: string | null;
  /** The parsed answer (or its text when it was not JSON). */
  raw: unknown;
}

export interface TransportOptions {
  credentials: ExotelCredentials;
  fetch: FetchLike;
  clock: ClientClock;
  random: () => number;
  pacer: Pacer;
  timeoutMs: number;
  maxRetries: number;
  /** A Retry-After longer than this is handed to the caller instead of waited out. */
  maxRetryWaitMs: number;
  onExchange?: (exchange: Exchange) => void;
}

const RETRYABLE_WHEN_SAFE: readonly ExotelErrorKind[] = ['server-error', 'network', 'timeout', 'malformed-response'];

export class Transport {
  constructor(private readonly o: TransportOptions) {}

  url(spec: Pick<RequestSpec, 'path' | 'query'>): string {
    const base = this.o.credentials.baseUrl.replace(/\/+$/, '');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const query = params.toString();
    return `${base}/v2/accounts/${encodeURIComponent(this.o.credentials.accountSid)}${spec.path}${query ? `?${query}` : ''}`;
  }

  async send(spec: RequestSpec, call: CallOptions = {}): Promise<Answer> {
    // Only reads are repeated after a failure: a write may already have been done.
    const safe = spec.method === 'GET';
    for (let attempt = 0; ; attempt++) {
      try {
        await this.o.pacer.take(call.signal);
      } catch (cause) {
        throw new ExotelError({ kind: 'aborted', action: spec.action, cause });
      }
      let error: ExotelError;
      const began = this.o.clock.now();
      try {
        const answer = await this.once(spec, call);
        this.report(spec, attempt, began, answer);
        return answer;
      } catch (caught) {
        if (!(caught instanceof ExotelError)) throw caught;
        error = caught;
        this.report(spec, attempt, began, error);
      }
      // A 429 means Exotel did nothing, so even a write may go again.
      const retryable = error.kind === 'rate-limited' || (safe && RETRYABLE_WHEN_SAFE.includes(error.kind));
      if (!retryable || attempt >= (call.maxRetries ?? this.o.maxRetries)) throw error;
      const wait = error.retryAfterMs ?? backoffDelay(attempt, { baseMs: 1000, capMs: 30_000, random: this.o.random });
      if (error.kind === 'rate-limited') {
        if (wait > this.o.maxRetryWaitMs) throw error;
        this.o.pacer.holdUntil(this.o.clock.now() + wait);
      }
      try {
        await this.o.clock.sleep(wait, call.signal);
      } catch (cause) {
        throw new ExotelError({ kind: 'aborted', action: spec.action, cause });
      }
    }
  }

  private report(spec: RequestSpec, attempt: number, began: number, result: Answer | ExotelError): void {
    if (!this.o.onExchange) return;
    const failed = result instanceof ExotelError;
    this.o.onExchange({
      method: spec.method,
      url: this.url(spec),
      attempt,
      status: result.status ?? null,
      outcome: failed ? result.kind : 'ok',
      durationMs: this.o.clock.now() - began,
      requestId: failed ? null : result.envelope.requestId,
      raw: failed ? result.raw : result.envelope.raw,
    });
  }

  private headers(spec: RequestSpec): Record<string, string> {
    const { apiKey, apiToken } = this.o.credentials;
    const headers: Record<string, string> = {
      Authorization: `Basic ${Buffer.from(`${apiKey}:${apiToken}`).toString('base64')}`,
      Accept: 'application/json',
    };
    if (spec.json !== undefined) headers['Content-Type'] = 'application/json';
    return headers;
  }

  private async once(spec: RequestSpec, call: CallOptions): Promise<Answer> {
    const write = spec.method !== 'GET';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, call.timeoutMs ?? this.o.timeoutMs);
    const onAbort = (): void => controller.abort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const fail = (cause: unknown): ExotelError => {
      const base = { action: spec.action, cause };
      if (!timedOut && call.signal?.aborted && !write) return new ExotelError({ ...base, kind: 'aborted' });
      if (!timedOut && !call.signal?.aborted && provablyNotSent(cause)) return new ExotelError({ ...base, kind: 'network' });
      if (write) return new ExotelError({ ...base, kind: 'unknown-outcome' });
      return new ExotelError({ ...base, kind: timedOut ? 'timeout' : 'network' });
    };
    try {
      call.signal?.throwIfAborted();
      const body = spec.json !== undefined ? JSON.stringify(spec.json) : spec.form;
      let response: Response;
      let text: string;
      try {
        response = await this.o.fetch(this.url(spec), { method: spec.method, headers: this.headers(spec), body, signal: controller.signal });
        text = await response.text();
      } catch (cause) {
        throw fail(cause);
      }
      return this.interpret(spec, response, text);
    } catch (error) {
      if (error instanceof ExotelError) throw error;
      throw new ExotelError({ kind: 'aborted', action: spec.action, cause: error });
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }

  private interpret(spec: RequestSpec, response: Response, text: string): Answer {
    const write = spec.method !== 'GET';
    const status = response.status;
    let json: unknown = undefined;
    let readable = true;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        readable = false;
      }
    }
    const envelope = json === undefined ? null : parseEnvelope(json);
    if (status >= 200 && status < 300) {
      if (envelope) return { status, envelope, headers: response.headers };
      if (readable && json === undefined && spec.method === 'DELETE') {
        return { status, headers: response.headers, envelope: { requestId: null, httpCode: status, metadata: null, single: false, items: [], raw: null } };
      }
      throw new ExotelError({ kind: write ? 'unknown-outcome' : 'malformed-response', action: spec.action, status, raw: json ?? text });
    }
    if (spec.itemResults && envelope && !envelope.single && envelope.items.length > 0 && status >= 400 && status < 500 && status !== 429) {
      return { status, envelope, headers: response.headers };
    }
    const itemError = envelope?.items.find((item) => item.error)?.error ?? null;
    let kind = kindFor(status, itemError?.code ?? null);
    // After a 5xx or a server-side timeout a write may or may not have been done.
    if (write && (kind === 'server-error' || kind === 'timeout')) kind = 'unknown-outcome';
    const detail = itemError ? itemError.description || itemError.message : undefined;
    throw new ExotelError({
      kind,
      action: spec.action,
      status,
      exotelCode: itemError?.code ?? undefined,
      field: itemError?.field ?? undefined,
      detail: detail || undefined,
      retryAfterMs: status === 429 || status === 503 ? (parseRetryAfter(response.headers.get('retry-after'), this.o.clock.now()) ?? undefined) : undefined,
      raw: json ?? text,
    });
  }
}
