import { ExotelError } from './errors';
import type { ItemFailure, Page } from './results';
import type { CallOptions } from './transport';
import { EXOTEL_LIMITS } from '../../shared/exotel';

export interface PageQuery {
  offset?: number;
  limit?: number;
}

/** The offset and page size one request asks for: the caller's, within the most Exotel hands out in a page. */
export function pageWindow(query: PageQuery, pageSize: number = EXOTEL_LIMITS.defaultPageSize): { offset: number; limit: number } {
  return { offset: query.offset ?? 0, limit: Math.min(query.limit ?? pageSize, EXOTEL_LIMITS.maxPageSize) };
}

export interface IterateOptions extends CallOptions {
  /** Records Exotel marked failed or sent unreadable. Without this, the first one stops the walk. */
  onFailure?: (failure: ItemFailure) => void;
}

/**
 * Walks every page from the query's offset until the offset reaches Exotel's `metadata.total`, or, in the
 * `next_page_uri` paging form, until a page links no next one. A page may hold fewer records than asked (Exotel
 * caps some pages lower), so a short page ends the walk only when Exotel gave neither; the limit Exotel reports
 * is the one asked for next.
 */
export async function* walkPages<T, Q extends PageQuery>(
  fetchPage: (query: Q) => Promise<Page<T>>,
  query: Q,
  pageSize: number,
  options: IterateOptions,
  action: string,
): AsyncGenerator<T, void, undefined> {
  let offset = query.offset ?? 0;
  let limit = query.limit ?? pageSize;
  for (;;) {
    const page = await fetchPage({ ...query, offset, limit });
    for (const failure of page.failures) {
      if (!options.onFailure) {
        throw new ExotelError({
          kind: 'malformed-response',
          action,
          detail: `record ${offset + failure.index}: ${failure.error.description || failure.error.message}`,
          raw: page.raw,
        });
      }
      options.onFailure(failure);
    }
    yield* page.items;
    const seen = page.items.length + page.failures.length;
    const pageStart = offset;
    offset += seen;
    if (seen === 0 || page.more === false) return;
    if (page.more === true) {
      // A link that points back would read the same records again for ever.
      if (page.nextOffset !== null && page.nextOffset > pageStart) offset = page.nextOffset;
    } else if (page.total !== null) {
      if (offset >= page.total) return;
    } else if (seen < Math.min(limit, page.limit)) {
      return;
    }
    if (page.limit > 0) limit = page.limit;
  }
}
