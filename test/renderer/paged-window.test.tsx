import { describe, expect, it } from 'vitest';
import type { ContactRow, RowsPage } from '../../src/shared/contacts/schemas';
import { PagedWindow } from '../../src/renderer/lib/paged-window';
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

describe('paged window over a contact list', () => {
  it('fetches only the pages that cover the rows in view', async () => {
    const s = source(100_000);
    const pager = new PagedWindow<ContactRow, RowsPage>(s.fetchPage, { pageSize: 100 });
    pager.want(250, 290);
    await s.flush();
    expect(s.asked).toEqual([200]);
    expect(pager.row(250)?.rowNumber).toBe(252);
    expect(pager.row(10)).toBeUndefined();
  });

  it('keeps at most maxPages pages however far the user scrolls', async () => {
    const s = source(100_000);
    const pager = new PagedWindow<ContactRow, RowsPage>(s.fetchPage, { pageSize: 100, maxPages: 5 });
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
    const pager = new PagedWindow<ContactRow, RowsPage>(s.fetchPage, { pageSize: 100, concurrency: 2 });
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
    const pager = new PagedWindow<ContactRow, RowsPage>(async (offset, limit) => {
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

/** A campaign's calls as main serves them: it holds `cached` calls and reads on from Exotel when a page reaches past them. */
function growingSource(exotelTotal: number, readOn = 150) {
  let cached = 120;
  const asked: number[] = [];
  const fetchPage = async (offset: number, limit: number) => {
    asked.push(offset);
    if (offset + limit > cached) cached = Math.min(exotelTotal, cached + readOn);
    const rows = Array.from({ length: Math.max(0, Math.min(limit, cached - offset)) }, (_v, i) => ({ index: offset + i }));
    return { rows, total: cached, complete: cached === exotelTotal };
  };
  return { fetchPage, asked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("paged window over a growing source (a campaign's calls)", () => {
  it('asks for the next page near the end of what main has, until Exotel has no more', async () => {
    const s = growingSource(400);
    const calls = new PagedWindow(s.fetchPage, { pageSize: 100 });
    calls.want(0, 0);
    await settle();
    expect(calls.total).toBe(120);
    // The user is within a page of the last call main had: the next page asks main to read on.
    calls.want(100, 119);
    await settle();
    expect(s.asked).toEqual([0, 100]);
    expect(calls.total).toBe(270);
    calls.want(240, 269);
    await settle();
    expect(calls.latest?.complete).toBe(true);
    expect(calls.total).toBe(400);
    calls.want(300, 399);
    await settle();
    expect(calls.row(399)).toEqual({ index: 399 });
    const asked = s.asked.length;
    calls.want(300, 399);
    await settle();
    expect(s.asked.length).toBe(asked);
  });

  it('does not ask again for a short page while the total stays where it was', async () => {
    let total = 150;
    const asked: number[] = [];
    const calls = new PagedWindow(
      async (offset: number, limit: number) => {
        asked.push(offset);
        const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_v, i) => offset + i);
        return { rows, total, complete: false };
      },
      { pageSize: 100 },
    );
    calls.want(100, 149);
    await settle();
    await settle();
    calls.want(100, 149);
    await settle();
    expect(asked).toEqual([100]);
    total = 180;
    calls.want(0, 10);
    await settle();
    calls.want(100, 149);
    await settle();
    expect(asked).toEqual([100, 0, 100]);
    expect(calls.row(179)).toBe(179);
  });

  it('keeps a bounded number of pages of calls too', async () => {
    const s = growingSource(100_000, 100_000);
    const calls = new PagedWindow(s.fetchPage, { pageSize: 100, maxPages: 4 });
    for (let start = 0; start < 20_000; start += 1_000) {
      calls.want(start, start + 30);
      await settle();
      expect(calls.cachedPages()).toBeLessThanOrEqual(4);
    }
  });
});
