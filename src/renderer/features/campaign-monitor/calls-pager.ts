import { useEffect, useMemo, useReducer } from 'react';
import type { CallRow, CallSort, CallsPage } from '../../../shared/campaigns/schemas';
import type { CallStatus } from '../../../shared/exotel';
import { call, toApiError } from '../../lib/api';
import { campaignsApi } from './campaigns-bridge';

export const CALLS_PAGE = 100;

/** What the calls table shows: outcomes, part of a number, and the order. */
export interface CallsView {
  filter: readonly CallStatus[];
  search: string;
  sort: CallSort;
  desc: boolean;
}

/**
 * Pages of one campaign's calls as the table scrolls. Main reads further from Exotel when a page reaches past
 * what it has cached, so a page that came back short is asked again once the total has moved.
 */
export class CallsPager {
  private readonly pages = new Map<number, CallRow[]>();
  private readonly loading = new Set<number>();
  private lastWanted = '';
  last: CallsPage | null = null;
  error: string | null = null;

  constructor(
    private readonly campaignId: string,
    private readonly view: CallsView,
    private readonly changed: () => void,
  ) {}

  row(index: number): CallRow | undefined {
    return this.pages.get(Math.floor(index / CALLS_PAGE))?.[index % CALLS_PAGE];
  }

  want(first: number, last: number): void {
    const total = this.last?.total ?? 0;
    const key = `${first}:${last}:${total}:${this.last?.complete ?? false}`;
    if (key === this.lastWanted) return;
    this.lastWanted = key;
    const from = Math.floor(Math.max(0, first) / CALLS_PAGE);
    // Near the end of what main has cached, the next page asks it to read on from Exotel.
    const nearEnd = this.last !== null && !this.last.complete && last >= total - CALLS_PAGE;
    const to = Math.floor(Math.max(0, last, nearEnd ? total : 0) / CALLS_PAGE);
    for (let page = from; page <= to; page++) {
      const rows = this.pages.get(page);
      const short = rows !== undefined && rows.length < CALLS_PAGE && this.last !== null && !this.last.complete;
      if (rows === undefined || short) void this.load(page);
    }
  }

  retry(): void {
    this.error = null;
    this.lastWanted = '';
    this.changed();
  }

  private async load(page: number): Promise<void> {
    if (this.loading.has(page)) return;
    this.loading.add(page);
    try {
      const v = this.view;
      const search = v.search.replace(/[^\d]/g, '');
      const input = {
        id: this.campaignId,
        offset: page * CALLS_PAGE,
        limit: CALLS_PAGE,
        ...(v.filter.length ? { status: [...v.filter] } : {}),
        ...(search ? { search } : {}),
        ...(v.sort !== 'time' || v.desc ? { sort: v.sort, desc: v.desc } : {}),
      };
      const answer = await call(campaignsApi().calls(input));
      this.pages.set(page, answer.rows);
      this.last = answer;
      this.error = null;
    } catch (cause) {
      this.error = toApiError(cause).message;
    } finally {
      this.loading.delete(page);
      this.changed();
    }
  }
}

/** A fresh pager whenever the campaign, what the table shows or the campaign's sync changes. */
export function useCallsPager(campaignId: string, view: CallsView, version: string): CallsPager {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const viewKey = `${view.filter.join(',')}|${view.search.replace(/[^\d]/g, '')}|${view.sort}|${view.desc}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- viewKey stands for the view's content
  const pager = useMemo(() => new CallsPager(campaignId, view, bump), [campaignId, viewKey, version]);
  useEffect(() => {
    pager.want(0, 0);
  }, [pager]);
  return pager;
}
