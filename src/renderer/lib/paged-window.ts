/** One page of a long table as main answers it. */
export interface WindowPage<Row> {
  rows: Row[];
  total: number;
  /**
   * False while the source is still growing (main reads on from Exotel as the table nears the end of what it has);
   * absent when the total is final, as for a saved contact list.
   */
  complete?: boolean;
}

export type FetchPage<Page> = (offset: number, limit: number) => Promise<Page>;

export interface PagedWindowOptions {
  pageSize?: number;
  /** At most this many pages are kept; the rest are dropped, least recently seen first. */
  maxPages?: number;
  /** Requests in flight at once; fast scrolling queues only what is still in view. */
  concurrency?: number;
}

interface Cached<Row> {
  rows: Row[];
  /** The source's total when this page was read: a short page of a growing source is read again once it moves. */
  total: number;
}

/**
 * The rows of a table too long to hold, a bounded window at a time. The table says which rows are in view; the
 * window fetches the pages that cover them (a few at a time, the latest wish first) and forgets pages far away, so
 * neither a 100,000-row list nor a campaign's calls ever sit in the page's memory whole.
 */
export class PagedWindow<Row, Page extends WindowPage<Row> = WindowPage<Row>> {
  readonly pageSize: number;
  private readonly maxPages: number;
  private readonly concurrency: number;
  private readonly pages = new Map<number, Cached<Row>>();
  private readonly inflight = new Set<number>();
  private range: [number, number] | null = null;
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /** The last page main answered: its total, and whatever else the source sends with each page. */
  latest: Page | null = null;
  error: string | null = null;

  constructor(
    private readonly fetchPage: FetchPage<Page>,
    options: PagedWindowOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = Math.max(2, options.maxPages ?? 30);
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  get total(): number | null {
    return this.latest?.total ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  row(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.rows[index % this.pageSize];
  }

  cachedPages(): number {
    return this.pages.size;
  }

  /** Rows first..last (inclusive) are on screen. */
  want(first: number, last: number): void {
    if (last < first) return;
    this.range = [Math.max(0, first), last];
    for (const page of this.wanted()) this.touch(page);
    this.pump();
  }

  retry(): void {
    this.error = null;
    this.changed();
    this.pump();
  }

  private wanted(): number[] {
    if (!this.range) return [];
    const [first, last] = this.range;
    let to = Math.floor(last / this.pageSize);
    const latest = this.latest;
    // Near the end of what main has, the next page asks it to read on.
    if (latest?.complete === false && last >= latest.total - this.pageSize) to = Math.max(to, Math.floor(latest.total / this.pageSize));
    const pages: number[] = [];
    for (let page = Math.floor(first / this.pageSize); page <= to; page++) pages.push(page);
    return pages;
  }

  private stale(cached: Cached<Row>): boolean {
    const latest = this.latest;
    return latest?.complete === false && cached.rows.length < this.pageSize && cached.total !== latest.total;
  }

  private touch(page: number): void {
    const cached = this.pages.get(page);
    if (!cached) return;
    // Map keeps insertion order: re-inserting marks the page as recently seen.
    this.pages.delete(page);
    this.pages.set(page, cached);
  }

  private pump(): void {
    if (this.error) return;
    for (const page of this.wanted()) {
      if (this.inflight.size >= this.concurrency) return;
      if (this.inflight.has(page)) continue;
      const cached = this.pages.get(page);
      if (cached && !this.stale(cached)) continue;
      void this.load(page);
    }
  }

  private async load(page: number): Promise<void> {
    this.inflight.add(page);
    try {
      const answer = await this.fetchPage(page * this.pageSize, this.pageSize);
      this.latest = answer;
      this.error = null;
      this.pages.delete(page);
      this.pages.set(page, { rows: answer.rows, total: answer.total });
      this.evict();
    } catch (cause) {
      this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      this.inflight.delete(page);
    }
    this.changed();
    this.pump();
  }

  private evict(): void {
    const keep = new Set(this.wanted());
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
