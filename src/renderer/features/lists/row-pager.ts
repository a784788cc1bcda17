import type { ContactRow, RowsPage } from '../../../shared/imports/schemas';

export type FetchPage = (offset: number, limit: number) => Promise<RowsPage>;

export interface RowPagerOptions {
  pageSize?: number;
  /** At most this many pages are kept; the rest are dropped, oldest first. */
  maxPages?: number;
  /** Requests in flight at once; fast scrolling queues only what is still in view. */
  concurrency?: number;
}

/**
 * Holds a bounded window of a list's rows. The table says which rows are in view; the pager fetches
 * the pages that cover them (a few at a time, newest wish first) and forgets pages far away, so a
 * 100,000-row list never sits in memory.
 */
export class RowPager {
  readonly pageSize: number;
  private readonly maxPages: number;
  private readonly concurrency: number;
  private readonly pages = new Map<number, ContactRow[]>();
  private readonly inflight = new Set<number>();
  private wanted: number[] = [];
  private listeners = new Set<() => void>();
  private version = 0;
  total: number | null = null;
  error: string | null = null;

  constructor(
    private readonly fetchPage: FetchPage,
    options: RowPagerOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = Math.max(2, options.maxPages ?? 30);
    this.concurrency = options.concurrency ?? 2;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  row(index: number): ContactRow | undefined {
    const page = this.pages.get(Math.floor(index / this.pageSize));
    return page?.[index % this.pageSize];
  }

  cachedPages(): number {
    return this.pages.size;
  }

  /** Rows first..last (inclusive) are on screen. */
  want(first: number, last: number): void {
    if (last < first) return;
    const from = Math.floor(Math.max(0, first) / this.pageSize);
    const to = Math.floor(last / this.pageSize);
    const wanted: number[] = [];
    for (let page = from; page <= to; page++) wanted.push(page);
    this.wanted = wanted;
    for (const page of wanted) this.touch(page);
    this.pump();
  }

  retry(): void {
    this.error = null;
    this.changed();
    this.pump();
  }

  private touch(page: number): void {
    const rows = this.pages.get(page);
    if (!rows) return;
    // Map keeps insertion order: re-inserting marks the page as recently used.
    this.pages.delete(page);
    this.pages.set(page, rows);
  }

  private pump(): void {
    for (const page of this.wanted) {
      if (this.inflight.size >= this.concurrency) return;
      if (this.pages.has(page) || this.inflight.has(page)) continue;
      void this.load(page);
    }
  }

  private async load(page: number): Promise<void> {
    this.inflight.add(page);
    try {
      const result = await this.fetchPage(page * this.pageSize, this.pageSize);
      this.total = result.total;
      this.error = null;
      this.pages.set(page, result.rows);
      this.evict();
    } catch (cause) {
      this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      this.inflight.delete(page);
    }
    this.changed();
    if (!this.error) this.pump();
  }

  private evict(): void {
    const keep = new Set(this.wanted);
    for (const page of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      if (!keep.has(page)) this.pages.delete(page);
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
