import { useMemo, useSyncExternalStore } from 'react';
import type { CallRow, CallSort, CallsPage } from '../../../shared/campaigns/schemas';
import type { CallStatus } from '../../../shared/exotel';
import { call, desk, toApiError } from '../../lib/api';
import { PagedWindow } from '../../lib/paged-window';

/** What the calls table shows: outcomes, part of a number, and the order. */
export interface CallsView {
  filter: readonly CallStatus[];
  search: string;
  sort: CallSort;
  desc: boolean;
}

export type CallsWindow = PagedWindow<CallRow, CallsPage>;

const digitsOf = (search: string) => search.replace(/[^\d]/g, '');

function fetchCalls(campaignId: string, view: CallsView) {
  const search = digitsOf(view.search);
  return (offset: number, limit: number): Promise<CallsPage> =>
    call(
      desk().campaigns.calls({
        id: campaignId,
        offset,
        limit,
        ...(view.filter.length ? { status: [...view.filter] } : {}),
        ...(search ? { search } : {}),
        ...(view.sort !== 'time' || view.desc ? { sort: view.sort, desc: view.desc } : {}),
      }),
    ).catch((cause: unknown) => {
      throw toApiError(cause);
    });
}

/**
 * One campaign's calls as the table scrolls, in the same bounded window as a contact list's rows. A fresh window
 * whenever the campaign, what the table shows or the campaign's sync changes; main reads further from Exotel when a
 * page reaches past what it has cached.
 */
export function useCallsWindow(campaignId: string, view: CallsView, version: string): CallsWindow {
  const viewKey = `${view.filter.join(',')}|${digitsOf(view.search)}|${view.sort}|${view.desc}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- viewKey stands for the view's content
  const calls = useMemo(() => new PagedWindow<CallRow, CallsPage>(fetchCalls(campaignId, view)), [campaignId, viewKey, version]);
  useSyncExternalStore(calls.subscribe, calls.getVersion);
  return calls;
}
