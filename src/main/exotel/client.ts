import { EXOTEL_BOUNDS, EXOTEL_LIMITS } from '../../shared/exotel';
import { campaignsApi, type CampaignsApi } from './campaigns-api';
import { realClock, type ClientClock } from './clock';
import { contactsApi, listsApi, uploadsApi, type ContactsApi, type ListsApi, type UploadsApi } from './lists-api';
import { Pacer } from './pacer';
import { Transport, type Exchange, type ExotelCredentials, type FetchLike } from './transport';

export interface ExotelClientOptions {
  credentials: ExotelCredentials;
  /** Electron's net.fetch in the app (system proxy and certificates), Node's fetch or the Sandbox's in tests. */
  fetch: FetchLike;
  /** Default 30: Exotel's campaign API limit per account. */
  requestsPerMinute?: number;
  /** Requests that may go back to back after a quiet spell; default 5. */
  burst?: number;
  /** Per attempt; default 20 s. */
  timeoutMs?: number;
  /** Repeats of a failed read (and of any request Exotel refused with 429); default 4, within `deadlineMs`. */
  maxRetries?: number;
  /** A read answers or fails within this, its retries included; default 45 s. */
  deadlineMs?: number;
  /** The most read of one answer; default 20 MB (a page of 500 campaigns is well under 1 MB). */
  maxBodyBytes?: number;
  /** A request still unanswered after this is reported to its `onSlow`; default 8 s. */
  slowAfterMs?: number;
  /** A Retry-After longer than this is reported instead of waited out; default 120 s. */
  maxRetryWaitMs?: number;
  /** The account's campaign throttle, for checking a custom throttle before sending; default 60. */
  accountThrottle?: number;
  clock?: ClientClock;
  random?: () => number;
  /** Told of every attempt and its raw answer, for a diagnostics log. */
  onExchange?: (exchange: Exchange) => void;
}

export interface ExotelClient {
  readonly accountSid: string;
  readonly baseUrl: string;
  campaigns: CampaignsApi;
  lists: ListsApi;
  contacts: ContactsApi;
  uploads: UploadsApi;
}

export function createExotelClient(o: ExotelClientOptions): ExotelClient {
  const clock = o.clock ?? realClock;
  const requestsPerMinute = o.requestsPerMinute ?? 30;
  const pacer = new Pacer({ requestsPerMinute, burst: o.burst ?? Math.min(5, Math.max(1, Math.floor(requestsPerMinute / 6))), clock });
  const transport = new Transport({
    credentials: o.credentials,
    fetch: o.fetch,
    clock,
    random: o.random ?? Math.random,
    pacer,
    timeoutMs: o.timeoutMs ?? EXOTEL_BOUNDS.attemptMs,
    maxRetries: o.maxRetries ?? 4,
    deadlineMs: o.deadlineMs ?? EXOTEL_BOUNDS.readDeadlineMs,
    maxBodyBytes: o.maxBodyBytes ?? EXOTEL_BOUNDS.answerBytes,
    slowAfterMs: o.slowAfterMs ?? EXOTEL_BOUNDS.slowAfterMs,
    maxRetryWaitMs: o.maxRetryWaitMs ?? 120_000,
    onExchange: o.onExchange,
  });
  return {
    accountSid: o.credentials.accountSid,
    baseUrl: o.credentials.baseUrl,
    campaigns: campaignsApi(transport, o.accountThrottle ?? EXOTEL_LIMITS.defaultAccountThrottle),
    lists: listsApi(transport),
    contacts: contactsApi(transport),
    uploads: uploadsApi(transport),
  };
}
