import { useMemo, useSyncExternalStore } from 'react';
import type { RowStatus } from '../../../shared/imports/schemas';
import { call, desk } from '../../lib/api';
import { RowPager, type RowPagerOptions } from './row-pager';

/**
 * One pager per list and filter; a new filter starts from an empty cache. An old pager is simply
 * let go: its last answers land in a cache nobody reads and the collector takes it.
 */
export function useRowPager(listId: string, status: RowStatus | undefined, options?: RowPagerOptions): RowPager {
  const pageSize = options?.pageSize;
  const maxPages = options?.maxPages;
  const concurrency = options?.concurrency;
  const pager = useMemo(
    () =>
      new RowPager(
        (offset, limit) => call(desk().lists.rows(status ? { listId, status, offset, limit } : { listId, offset, limit })),
        { pageSize, maxPages, concurrency },
      ),
    [listId, status, pageSize, maxPages, concurrency],
  );
  useSyncExternalStore(pager.subscribe, pager.getVersion);
  return pager;
}
