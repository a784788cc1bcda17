import { describe, expect, it } from 'vitest';
import type { RowsPage } from '../../src/shared/imports/schemas';
import { RowPager } from '../../src/renderer/features/lists/row-pager';
import { generatedRows } from './fake/fake-rows';

function source(count: number) {
  const rows = generatedRows(count, false);
  const asked: number[] = [];
  const pending: (() => void)[] = [];
  const fetchPage = (offset: number, limit: number) =>
    new Promise<RowsPage>((resolve) => {
      asked.push(offset);
      pending.push(() => {
        const page: RowsPage = { total: count, offset, rows: [] };
        for (let i = offset; i < Math.min(count, offset + limit); i++) page.rows.push(rows.rowAt(i));
        resolve(page);
      });
    });
  const flush = async () => {
    while (pending.length) {
      pending.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { fetchPage, asked, flush };
}

describe('row pager', () => {
  it('fetches only the pages that cover the rows in view', async () => {
    const s = source(100_000);
    const pager = new RowPager(s.fetchPage, { pageSize: 100 });
    pager.want(250, 290);
    await s.flush();
    expect(s.asked).toEqual([200]);
    expect(pager.row(250)?.rowNumber).toBe(252);
    expect(pager.row(10)).toBeUndefined();
  });

  it('keeps at most maxPages pages however far the user scrolls', async () => {
    const s = source(100_000);
    const pager = new RowPager(s.fetchPage, { pageSize: 100, maxPages: 5 });
    for (let start = 0; start < 100_000; start += 2_500) {
      pager.want(start, start + 20);
      await s.flush();
      expect(pager.cachedPages()).toBeLessThanOrEqual(5);
    }
    expect(pager.row(97_510)?.rowNumber).toBe(97_512);
    expect(pager.row(0)).toBeUndefined();
  });

  it('asks for few pages at once and drops wishes the user scrolled past', async () => {
    const s = source(100_000);
    const pager = new RowPager(s.fetchPage, { pageSize: 100, concurrency: 2 });
    pager.want(0, 450);
    expect(s.asked).toEqual([0, 100]);
    // The user flings to the end before anything arrived: pages 2-4 are no longer wanted.
    pager.want(99_950, 99_990);
    await s.flush();
    expect(s.asked).toEqual([0, 100, 99_900]);
    expect(pager.row(99_950)).toBeDefined();
  });

  it('reports a failed page and tries again on request', async () => {
    let fail = true;
    const rows = generatedRows(1_000, false);
    const pager = new RowPager(async (offset, limit) => {
      if (fail) throw new Error('The contact list could not be read');
      return { total: 1_000, offset, rows: Array.from({ length: limit }, (_v, i) => rows.rowAt(offset + i)) };
    });
    pager.want(0, 20);
    await new Promise((r) => setTimeout(r, 0));
    expect(pager.error).toBe('The contact list could not be read');
    fail = false;
    pager.retry();
    await new Promise((r) => setTimeout(r, 0));
    expect(pager.error).toBeNull();
    expect(pager.row(3)?.rowNumber).toBe(5);
  });
});
