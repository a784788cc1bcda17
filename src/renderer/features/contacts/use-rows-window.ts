import { useMemo, useSyncExternalStore } from 'react';
import type { ContactRow, RowsPage, RowStatus } from '../../../shared/contacts/schemas';
import { call, desk, toApiError } from '../../lib/api';
import { PagedWindow, type PagedWindowOptions } from '../../lib/paged-window';

export type RowsWindow = PagedWindow<ContactRow, RowsPage>;

/**
 * One window per list and filter; a new filter starts from an empty cache. An old window is simply
 * let go: its last answers land in a cache nobody reads and the collector takes it.
 */
export function useRowsWindow(listId: string, status: RowStatus | undefined, options?: PagedWindowOptions): RowsWindow {
  const pageSize = options?.pageSize;
  const maxPages = options?.maxPages;
  const concurrency = options?.concurrency;
  const rows = useMemo(
    () =>
      new PagedWindow<ContactRow, RowsPage>(
        (offset, limit) =>
          call(desk().contacts.rows(status ? { listId, status, offset, limit } : { listId, offset, limit })).catch((cause: unknown) => {
            throw toApiError(cause);
          }),
        { pageSize, maxPages, concurrency },
      ),
    [listId, status, pageSize, maxPages, concurrency],
  );
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  return rows;
}
