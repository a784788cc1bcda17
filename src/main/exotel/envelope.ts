import { z } from 'zod';
import { looseNumber, optionalNumber, optionalString } from './wire-values';

const ErrorData = z.looseObject({
  code: optionalNumber,
  message: optionalString,
  description: optionalString,
  field: optionalString,
});

const Item = z.looseObject({
  code: optionalNumber,
  status: optionalString,
  data: z.unknown().optional(),
  error_data: ErrorData.nullish().catch(null),
  summary: z.unknown().optional(),
});

/** Campaign answers page as {count, offset, total, limit}; Exotel's other v2 APIs as {page_size, *_page_uri}. */
const Metadata = z.looseObject({
  count: optionalNumber,
  offset: optionalNumber,
  total: optionalNumber,
  limit: optionalNumber,
  page_size: optionalNumber,
  next_page_uri: z.string().nullish().catch(undefined),
});

const Envelope = z.looseObject({
  request_id: optionalString,
  method: optionalString,
  http_code: looseNumber.nullish().catch(null),
  metadata: Metadata.nullish().catch(null),
  response: z.union([z.array(z.record(z.string(), z.unknown())), z.record(z.string(), z.unknown())]),
});

export interface ItemError {
  code: number | null;
  message: string;
  description: string;
  field: string | null;
}

export interface EnvelopeItem {
  code: number | null;
  ok: boolean;
  data: unknown;
  error: ItemError | null;
  summary: unknown;
}

export interface PageMetadata {
  count: number | null;
  offset: number | null;
  total: number | null;
  limit: number | null;
  /** The page size of the uri paging form. */
  pageSize?: number | null;
  /**
   * The uri paging form's link to the next page: a string while pages remain, null on the last page, undefined
   * when the answer pages the other way.
   */
  nextPageUri?: string | null;
}

export interface Envelope {
  requestId: string | null;
  httpCode: number | null;
  metadata: PageMetadata | null;
  /** True when `response` was one object rather than an array (seen on error answers). */
  single: boolean;
  items: EnvelopeItem[];
  raw: unknown;
}

/** Descriptions of the form "name: must be longer..." name the field first. */
const LEADING_FIELD = /^([A-Za-z_][\w.[\]-]*):\s/;

const ITEM_STATUSES = new Set(['success', 'failure']);

/**
 * Exotel's own answers wrap each record as {code, status: success|failure, data, error_data}; its call-details
 * docs put the record's fields straight in `response`, where `status` is the call's. A record is wrapped when it
 * carries an item's `code`, `data` or `error_data`, or a status that only an item has; no bare record has those.
 */
function isWrapped(record: Record<string, unknown>): boolean {
  if ('data' in record || 'error_data' in record || 'code' in record) return true;
  return typeof record.status === 'string' && ITEM_STATUSES.has(record.status.trim().toLowerCase());
}

function bareItem(record: Record<string, unknown>): EnvelopeItem {
  return { code: null, ok: true, data: record, error: null, summary: null };
}

function toItem(record: Record<string, unknown>): EnvelopeItem {
  if (!isWrapped(record)) return bareItem(record);
  const item = Item.parse(record);
  const errorData = item.error_data ?? null;
  const error: ItemError | null = errorData
    ? {
        code: errorData.code ?? null,
        message: errorData.message ?? '',
        description: errorData.description ?? '',
        field: errorData.field ?? LEADING_FIELD.exec(errorData.description ?? '')?.[1] ?? null,
      }
    : null;
  const status = item.status?.toLowerCase() ?? null;
  const code = item.code ?? null;
  const ok = status === 'success' || (status === null && error === null && (code === null || (code >= 200 && code < 300)));
  return { code, ok: ok && error === null, data: item.data ?? null, error, summary: item.summary ?? null };
}

/** Parses an Exotel v2 envelope, or returns null when the body is not one. */
export function parseEnvelope(raw: unknown): Envelope | null {
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) return null;
  const env = parsed.data;
  const list = Array.isArray(env.response) ? env.response : [env.response];
  const meta = env.metadata ?? null;
  return {
    requestId: env.request_id ?? null,
    httpCode: env.http_code ?? null,
    metadata: meta
      ? {
          count: meta.count ?? null,
          offset: meta.offset ?? null,
          total: meta.total ?? null,
          limit: meta.limit ?? null,
          pageSize: meta.page_size ?? null,
          nextPageUri: typeof meta.next_page_uri === 'string' || meta.next_page_uri === null ? meta.next_page_uri : undefined,
        }
      : null,
    single: !Array.isArray(env.response),
    items: list.map(toItem),
    raw,
  };
}
