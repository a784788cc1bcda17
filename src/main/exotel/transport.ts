import { Buffer } from 'node:buffer';
import { backoffDelay, parseRetryAfter } from './backoff';
import { discardBody, looksLikeWebPage, readBoundedText, type BoundedText } from './bounded-body';
import { kindFor, provablyNotSent } from './classify';
import type { ClientClock } from './clock';
import { parseEnvelope, type Envelope } from './envelope';
import { ExotelError, type ExotelErrorKind } from './errors';
import type { Pacer } from './pacer';
import { isRedirect, judgeRedirect } from './redirects';

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
  /** Overrides how long a read may take in all, its attempts and the pauses between them together. */
  deadlineMs?: number;
  /** Overrides the most the client reads of one answer. */
  maxBytes?: number;
  /**
   * Told once when the request has waited the client's `slowAfterMs` without an answer, so a person waiting can
   * be told that Exotel is slow; `deadlineMs` is how long a read waits in all (null for a write).
   */
  onSlow?: (slow: { waitedMs: number; deadlineMs: number | null }) => void;
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
  /** A read's attempts and the pauses between them end within this. */
  deadlineMs: number;
  /** The most read of one answer; a longer answer is cut off. */
  maxBodyBytes: number;
  /** When `onSlow` is told. */
  slowAfterMs: number;
  /** A Retry-After longer than this is handed to the caller instead of waited out. */
  maxRetryWaitMs: number;
  onExchange?: (exchange: Exchange) => void;
}

const RETRYABLE_WHEN_SAFE: readonly ExotelErrorKind[] = ['server-error', 'network', 'timeout', 'malformed-response'];
/** An attempt with less time than this left before the deadline is not started. */
const MIN_ATTEMPT_MS = 1000;
/** Of an unreadable answer, the diagnostics keep its beginning only. */
const RAW_TEXT_KEPT = 4096;

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
    const budget = call.deadlineMs ?? this.o.deadlineMs;
    let deadline = Number.POSITIVE_INFINITY;
    let firstStart = 0;
    let unreadable = 0;
    let slowTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.o.pacer.take(call.signal);
        } catch (cause) {
          throw new ExotelError({ kind: 'aborted', action: spec.action, cause });
        }
        const began = this.o.clock.now();
        if (attempt === 0) {
          // The bound starts with the first attempt, not in the pacer's queue: waiting a turn is not Exotel being slow.
          firstStart = Date.now();
          if (safe) deadline = began + budget;
          if (call.onSlow) {
            const onSlow = call.onSlow;
            slowTimer = setTimeout(() => onSlow({ waitedMs: this.o.slowAfterMs, deadlineMs: safe ? budget : null }), this.o.slowAfterMs);
          }
        }
        let error: ExotelError;
        try {
          const timeoutMs = Math.max(1, Math.min(call.timeoutMs ?? this.o.timeoutMs, deadline - began));
          const answer = await this.once(spec, call, timeoutMs, firstStart);
          this.report(spec, attempt, began, answer);
          return answer;
        } catch (caught) {
          if (!(caught instanceof ExotelError)) throw caught;
          error = caught;
          this.report(spec, attempt, began, error);
        }
        if (error.kind === 'malformed-response') unreadable++;
        // A 429 means Exotel did nothing, so even a write may go again. An unreadable answer is read again once:
        // a second one is what that address sends, not a fault on the way.
        const retryable = error.kind === 'rate-limited' || (safe && RETRYABLE_WHEN_SAFE.includes(error.kind) && unreadable <= 1);
        if (!retryable || attempt >= (call.maxRetries ?? this.o.maxRetries)) throw error;
        const wait = error.retryAfterMs ?? backoffDelay(attempt, { baseMs: 1000, capMs: 30_000, random: this.o.random });
        if (this.o.clock.now() + wait + MIN_ATTEMPT_MS > deadline) throw error;
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
    } finally {
      clearTimeout(slowTimer);
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

  private async once(spec: RequestSpec, call: CallOptions, timeoutMs: number, firstStart: number): Promise<Answer> {
    const write = spec.method !== 'GET';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const fail = (cause: unknown): ExotelError => {
      const base = { action: spec.action, cause };
      if (!timedOut && call.signal?.aborted && !write) return new ExotelError({ ...base, kind: 'aborted' });
      if (!timedOut && !call.signal?.aborted && provablyNotSent(cause)) return new ExotelError({ ...base, kind: 'network' });
      if (write) return new ExotelError({ ...base, kind: 'unknown-outcome' });
      return timedOut
        ? new ExotelError({ ...base, kind: 'timeout', waitedMs: Date.now() - firstStart })
        : new ExotelError({ ...base, kind: 'network' });
    };
    try {
      call.signal?.throwIfAborted();
      const body = spec.json !== undefined ? JSON.stringify(spec.json) : spec.form;
      let url = this.url(spec);
      let response: Response;
      // Redirects are handled here, never by the fetch underneath, so the rule holds for every fetch the app uses.
      for (let followed = 0; ; followed++) {
        try {
          response = await this.o.fetch(url, {
            method: spec.method,
            headers: this.headers(spec),
            body,
            signal: controller.signal,
            redirect: 'manual',
          });
        } catch (cause) {
          throw fail(cause);
        }
        if (!isRedirect(response)) break;
        discardBody(response);
        const verdict = judgeRedirect(url, response, { write, followed });
        if ('refuse' in verdict) {
          throw new ExotelError({
            kind: 'redirected',
            action: spec.action,
            status: response.status,
            redirect: { host: verdict.host, refusal: verdict.refuse },
          });
        }
        url = verdict.follow;
      }
      const limitBytes = call.maxBytes ?? this.o.maxBodyBytes;
      let read: BoundedText;
      try {
        read = await readBoundedText(response, limitBytes);
      } catch (cause) {
        throw fail(cause);
      }
      if (!read.ok) {
        // A write's answer cut off leaves its outcome unknown, like any answer lost on the way.
        throw new ExotelError({ kind: write ? 'unknown-outcome' : 'too-large', action: spec.action, status: response.status, limitBytes });
      }
      return this.interpret(spec, response, read.text);
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
        return {
          status,
          headers: response.headers,
          envelope: { requestId: null, httpCode: status, metadata: null, single: false, items: [], raw: null },
        };
      }
      throw new ExotelError({
        kind: write ? 'unknown-outcome' : 'malformed-response',
        action: spec.action,
        status,
        webPage: json === undefined && looksLikeWebPage(response, text),
        raw: json ?? text.slice(0, RAW_TEXT_KEPT),
      });
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
      retryAfterMs:
        status === 429 || status === 503
          ? (parseRetryAfter(response.headers.get('retry-after'), this.o.clock.now()) ?? undefined)
          : undefined,
      raw: json ?? text,
    });
  }
}
