// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useContacts } from '../../src/renderer/features/contacts/contacts-store';
import { generatedList } from './fake/fake-contacts';
import { giveScrollHeight, renderApp } from './helpers';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = giveScrollHeight('vtable-scroll', 640);
});
afterEach(() => restoreLayout());

async function openList(count: number) {
  const list = generatedList('big', 'November dues', count, { createdAt: '2026-11-26T05:00:00.000Z' });
  const fake = renderApp({ lists: [list] }, 'contacts');
  fireEvent.click(await screen.findByRole('button', { name: /November dues/ }));
  const table = await screen.findByRole('table', { name: /Rows of November dues/ });
  await waitFor(() => expect(within(table).getAllByRole('cell').length).toBeGreaterThan(20));
  return { ...fake, list, table };
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1');
}

describe('list review', () => {
  it('draws only a window of rows of a 100,000-row list and fetches pages, not the list', async () => {
    const { table, list } = await openList(100_000);
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const drawn = bodyRows(table);
    expect(drawn.length).toBeGreaterThan(15);
    expect(drawn.length).toBeLessThan(80);
    const fetched = list.pages.requests.reduce((sum, r) => sum + r.limit, 0);
    expect(fetched).toBeLessThanOrEqual(400);
    expect(within(table).getByText('+919000000000')).toBeVisible();
  });

  it('loads the rows around where the user scrolls and keeps the cache bounded', async () => {
    const { table, list } = await openList(100_000);
    for (const target of [20_000, 50_000, 75_000, 99_990]) {
      await act(async () => {
        table.scrollTop = target * 32;
        fireEvent.scroll(table);
      });
      await waitFor(() => expect(within(table).getByText(target.toLocaleString())).toBeVisible());
    }
    const rowNumbers = bodyRows(table).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...rowNumbers)).toBeGreaterThan(99_900);
    expect(bodyRows(table).length).toBeLessThan(80);
    // Only the pages near each stop were asked for, never a sweep through the list.
    expect(list.pages.requests.length).toBeLessThan(20);
    expect(list.pages.requests.every((r) => r.limit <= 1000)).toBe(true);
  });

  it('shows totals that add up and filters the rows by clicking a count', async () => {
    const { table, list } = await openList(5_000);
    const c = list.view.counts;
    expect(c.valid + c.invalid + c.duplicate).toBe(c.rows);
    const totals = screen.getByRole('group', { name: 'Row totals' });
    expect(
      within(totals).getByText(
        `${c.valid.toLocaleString()} valid + ${c.invalid} invalid + ${c.duplicate} duplicate = ${c.rows.toLocaleString()} rows; 12 empty lines skipped.`,
      ),
    ).toBeVisible();

    fireEvent.click(within(totals).getByRole('button', { name: new RegExp(`^Invalid\\s*${c.invalid}$`) }));
    const filtered = await screen.findByRole('table', { name: 'Rows of November dues: invalid only' });
    expect(filtered.getAttribute('aria-rowcount')).toBe(String(c.invalid + 1));
    await waitFor(() => expect(within(filtered).getAllByText('Invalid').length).toBeGreaterThan(5));
    expect(within(filtered).queryByText('Valid')).toBeNull();
    expect(list.pages.requests.at(-1)?.status).toBe('invalid');
    expect(within(filtered).getAllByText(/Excel turned this number into 9\.1\d+E\+11 and lost digits/).length).toBeGreaterThan(0);
    expect(
      within(totals)
        .getByRole('button', { name: /^Invalid/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    fireEvent.click(within(totals).getByRole('button', { name: /^Duplicate/ }));
    const dups = await screen.findByRole('table', { name: 'Rows of November dues: duplicate only' });
    await waitFor(() => expect(within(dups).getAllByText(/^Repeats row \d+$/).length).toBeGreaterThan(5));
    expect(table.isConnected).toBe(true);
  });

  it('renames and deletes a saved list, deleting only after a confirm naming it', async () => {
    const { core } = await openList(300);
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('List name');
    fireEvent.change(field, { target: { value: 'December dues' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('heading', { name: 'December dues', level: 1 })).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “December dues”?' });
    expect(dialog.textContent).toContain('300 rows');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete “December dues”' }));
    await waitFor(() => expect(useContacts.getState().lists).toHaveLength(0));
    expect(core.calls.filter((c) => c.channel === 'contacts:delete')).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Import a sheet to start' })).toBeVisible();
  });

  it('sends to Exotel with a summary first and a clear result after', async () => {
    const { list } = await openList(1_000);
    fireEvent.click(screen.getByRole('button', { name: 'Send to Exotel' }));
    const dialog = screen.getByRole('dialog', { name: 'Send “November dues” to Exotel' });
    expect(within(dialog).getByText(/Only the .* valid numbers go to Exotel/)).toBeVisible();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Static list/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: `Send ${list.view.counts.valid.toLocaleString()} numbers` }));

    const done = await screen.findByRole('dialog', { name: 'Sent to Exotel' }, { timeout: 5000 });
    const accepted = list.view.counts.valid - 2;
    expect(within(done).getByText('Accepted').nextElementSibling?.textContent).toBe(accepted.toLocaleString());
    expect(within(done).getByText('Failed').nextElementSibling?.textContent).toBe('2');
    expect(within(done).getByText(/Exotel accepted .* numbers; 2 failed/)).toBeVisible();
  });

  it('refuses a static list larger than Exotel allows and says what to do instead', async () => {
    const { list } = await openList(130_000);
    fireEvent.click(screen.getByRole('button', { name: 'Send to Exotel' }));
    const dialog = screen.getByRole('dialog', { name: 'Send “November dues” to Exotel' });
    const send = within(dialog).getByRole('button', {
      name: `Send ${list.view.counts.valid.toLocaleString('en-IN')} numbers`,
    }) as HTMLButtonElement;
    expect(send.disabled).toBe(false);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Static list/ }));
    expect(within(dialog).getByText(/static lists hold at most 1,00,000 contacts .* send it as a dynamic list/)).toBeVisible();
    expect(send.disabled).toBe(true);
  });

  it('exports the problem rows and says where the file went', async () => {
    await openList(1_000);
    fireEvent.click(screen.getByRole('button', { name: /^Export problems/ }));
    expect(await screen.findByText(/Exported \d+ problem rows/)).toBeVisible();
    expect(screen.getByText('/home/staff/Documents/November dues problems.csv')).toBeVisible();
  });
});
