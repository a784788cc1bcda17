import { redactError } from '../../shared/redact';
import { ExotelError } from './errors';
import type { EnvelopeItem, ItemError } from './envelope';
import type { Answer, RequestSpec } from './transport';
import { kindFor } from './classify';
import { existingSid } from './wire-lists';

export interface Page<T> {
  items: T[];
  /** Exotel's count of all matching records, when it says. */
  total: number | null;
  offset: number;
  limit: number;
  /** Records Exotel marked as failed or that could not be read; kept so nothing vanishes unseen. */
  failures: ItemFailure[];
  /** Whether Exotel links a next page (the `next_page_uri` paging form); null when the answer does not say. */
  more: boolean | null;
  /** Where the linked next page starts, when its link carries an offset. */
  nextOffset: number | null;
  raw: unknown;
}

export interface ItemFailure {
  ok: false;
  /** Position in the request (bulk writes) or in the page. */
  index: number;
  code: number | null;
  error: ItemError;
  /** For "already exists" answers: the sid of the record that exists. */
  existingSid: string | null;
  raw: unknown;
}

export type ItemResult<T> = { ok: true; index: number; code: number | null; data: T } | ItemFailure;

/** The words a record the app could not read carries on to counts, reasons and messages the window shows. */
export const UNREADABLE_RECORD = 'Exotel sent this record in a form the app could not read; the details are in the log.';

/** Why a record could not be read is for the log only: a library's message can hold paths, values and code. */
function logUnreadable(where: string, cause: unknown): void {
  console.error(`[exotel] ${where} could not be read:`, redactError(cause));
}

function unreadable(index: number, item: EnvelopeItem, cause: unknown): ItemFailure {
  logUnreadable(`record ${index} of an answer`, cause);
  return {
    ok: false,
    index,
    code: item.code,
    error: { code: null, message: 'Unreadable record', description: UNREADABLE_RECORD, field: null },
    existingSid: null,
    raw: item.data,
  };
}

export function toItemResult<T>(item: EnvelopeItem, index: number, map: (data: unknown, summary: unknown) => T): ItemResult<T> {
  if (!item.ok) {
    return {
      ok: false,
      index,
      code: item.code,
      error: item.error ?? { code: null, message: 'Failed', description: '', field: null },
      existingSid: existingSid(item.data),
      raw: item.data,
    };
  }
  try {
    return { ok: true, index, code: item.code, data: map(item.data, item.summary) };
  } catch (cause) {
    return unreadable(index, item, cause);
  }
}

export function toPage<T>(answer: Answer, offset: number, limit: number, map: (data: unknown, summary: unknown) => T): Page<T> {
  const items: T[] = [];
  const failures: ItemFailure[] = [];
  answer.envelope.items.forEach((item, index) => {
    const result = toItemResult(item, index, map);
    if (result.ok) items.push(result.data);
    else failures.push(result);
  });
  const meta = answer.envelope.metadata;
  const pageOffset = meta?.offset ?? offset;
  const next = meta?.nextPageUri;
  const more = next === undefined ? null : next !== null && next.trim() !== '';
  // The uri paging form gives no total; its last page says where the records end.
  const total = meta?.total ?? (more === false ? pageOffset + answer.envelope.items.length : null);
  return {
    items,
    failures,
    total,
    offset: pageOffset,
    limit: meta?.limit ?? meta?.pageSize ?? limit,
    more,
    nextOffset: more && next ? offsetOf(next) : null,
    raw: answer.envelope.raw,
  };
}

/** The `offset` a next-page link asks for: "/v2/accounts/x/lists?offset=20&page_size=20" -> 20. */
function offsetOf(uri: string): number | null {
  const query = uri.includes('?') ? uri.slice(uri.indexOf('?') + 1) : '';
  const value = new URLSearchParams(query).get('offset');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** The one record a single-resource answer carries; an item-level failure becomes a typed error. */
export function single<T>(answer: Answer, spec: RequestSpec, map: (data: unknown, summary: unknown) => T): T {
  const item = answer.envelope.items[0];
  const raw = answer.envelope.raw;
  if (!item)
    throw new ExotelError({
      kind: spec.method === 'GET' ? 'malformed-response' : 'unknown-outcome',
      action: spec.action,
      status: answer.status,
      raw,
    });
  if (!item.ok) {
    const code = item.error?.code ?? null;
    throw new ExotelError({
      kind: kindFor(item.code ?? 400, code),
      action: spec.action,
      status: item.code ?? answer.status,
      exotelCode: code ?? undefined,
      field: item.error?.field ?? undefined,
      detail: item.error ? item.error.description || item.error.message : undefined,
      raw,
    });
  }
  try {
    return map(item.data, item.summary);
  } catch (cause) {
    logUnreadable(`the answer to “${spec.action}”`, cause);
    throw new ExotelError({
      kind: spec.method === 'GET' ? 'malformed-response' : 'unknown-outcome',
      action: spec.action,
      status: answer.status,
      raw,
      cause,
    });
  }
}
