// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatedList } from './fake/fake-contacts';
import { giveScrollHeight, renderApp } from './helpers';

let restoreLayout: () => void = () => undefined;
let restoreWidth: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = giveScrollHeight('vtable-scroll', 640);
  // The rows are wider than the 900 px box, as on a 1280 px laptop with a few variables.
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollWidth');
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('vtable-scroll') ? 1200 : 0;
    },
  });
  restoreWidth = () => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'scrollWidth', original);
  };
});
afterEach(() => {
  restoreLayout();
  restoreWidth();
});

async function openList() {
  renderApp({ lists: [generatedList('big', 'November dues', 500)] }, 'contacts');
  fireEvent.click(await screen.findByRole('button', { name: /November dues/ }));
  const table = await screen.findByRole('table', { name: /Rows of November dues/ });
  await waitFor(() => expect(within(table).getAllByRole('cell').length).toBeGreaterThan(20));
  return table;
}

describe('the review table on a laptop screen', () => {
  it('says that more columns lie to the right', async () => {
    await openList();
    expect(screen.getByRole('note').textContent).toMatch(/More columns to the right: scroll sideways/);
  });

  it('shows a cut-off reason whole when clicked, and folds it again', async () => {
    const table = await openList();
    const reason = within(table).getAllByRole('button', { expanded: false })[0]!;
    fireEvent.click(reason);
    expect(reason.getAttribute('aria-expanded')).toBe('true');
    expect(reason.closest('[role="row"]')?.className).toContain('vrow-expanded');
    fireEvent.click(reason);
    expect(reason.getAttribute('aria-expanded')).toBe('false');
  });

  it('lets the user hide columns and bring them back', async () => {
    const table = await openList();
    const headers = () =>
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
    expect(headers()).toEqual(['Row', 'Number in sheet', 'Status', 'Will call, or why not', 'name', 'city', 'amount']);
    fireEvent.click(screen.getByText('Columns (5 of 5 shown)'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'city' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Number in sheet' }));
    expect(headers()).toEqual(['Row', 'Status', 'Will call, or why not', 'name', 'amount']);
    expect(screen.getByText('Columns (3 of 5 shown)')).toBeVisible();
    fireEvent.click(screen.getByRole('checkbox', { name: 'city' }));
    expect(headers()).toContain('city');
  });
});
