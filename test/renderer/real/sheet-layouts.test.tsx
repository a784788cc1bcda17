// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { giveScrollHeight } from '../helpers';
import { fixtureSheet, renderRealApp, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  // The review's rows are drawn only when its scroll box has a height.
  restoreLayout = giveScrollHeight('vtable-scroll', 640);
});
afterEach(async () => {
  restoreLayout();
  await app?.services.close();
  app = null;
});

async function open(fixture: string): Promise<RealApp> {
  const path = fixtureSheet(fixture);
  app = await renderRealApp({ section: 'contacts', before: (s) => void s.dialogs.open.push(path) });
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
  await screen.findByRole('table', { name: `First rows of ${fixture}` });
  return app;
}

const headersOf = (fixture: string) =>
  within(screen.getByRole('table', { name: `First rows of ${fixture}` }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/phone$/, ''));

describe('sheets as people have them, in the import wizard', () => {
  it('says a list without a header starts with a contact, and lets the user say otherwise', async () => {
    await open('leads-pipe-noheader.txt');
    expect(screen.getByText(/The first row looks like a contact/)).toBeVisible();
    const contact = screen.getByRole('radio', { name: /The first row is a contact/ }) as HTMLInputElement;
    expect(contact.checked).toBe(true);
    expect(headersOf('leads-pipe-noheader.txt')).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(screen.getByText('Asha Rao')).toBeVisible();

    fireEvent.click(screen.getByRole('radio', { name: /The first row holds column names/ }));
    await waitFor(() => expect(headersOf('leads-pipe-noheader.txt')[1]).toBe('Asha Rao'));
    fireEvent.click(screen.getByRole('radio', { name: /The first row is a contact/ }));
    await waitFor(() => expect(headersOf('leads-pipe-noheader.txt')[0]).toBe('Column 1'));

    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    expect((screen.getByLabelText('Variable name for “Column 2”') as HTMLInputElement).value).toBe('Column 2');
    fireEvent.change(screen.getByLabelText('Variable name for “Column 2”'), { target: { value: 'Name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 5000 });
    expect(within(totals).getByRole('button', { name: /Valid\s*5/ })).toBeVisible();
    expect(app?.services.contacts.all()[0]?.variables.map((v) => v.name)).toContain('Name');
  });

  it('shows the title above the column names and the header under it', async () => {
    await open('title-above-header.csv');
    expect((screen.getByRole('radio', { name: /The row under the title holds column names/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Title above the column names').textContent).toContain('Customer dues - December 2026');
    expect(headersOf('title-above-header.csv')).toEqual(['Name', 'Mobile', 'Amount']);
  });

  it('chooses the column that holds the numbers, says why, and offers the next one when it is empty', async () => {
    await open('dialer-phone1-sparse.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    const phone = screen.getByLabelText('Phone number column') as HTMLSelectElement;
    expect(phone.value).toBe('3');
    expect(screen.getByText(/phone2: 10 of 12 rows hold a number/)).toBeVisible();
    const fallback = screen.getByLabelText('If the phone cell is empty, use') as HTMLSelectElement;
    expect(fallback.value).toBe('2');

    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 5000 });
    expect(within(totals).getByRole('button', { name: /Valid\s*11/ })).toBeVisible();
    expect(within(totals).getByText(/Number from another column/)).toBeVisible();
    expect(await screen.findByText('from phone1', {}, { timeout: 5000 })).toBeVisible();
  });

  it('offers the filled columns of a contacts export as variables, not the ones empty for everyone', async () => {
    await open('google-contacts.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    const used = (name: string) => (screen.getByRole('checkbox', { name: `Use “${name}” as a variable` }) as HTMLInputElement).checked;
    expect(['Name', 'Given Name', 'Family Name'].map(used)).toEqual([true, true, true]);
    expect(['Additional Name', 'Yomi Name', 'Nickname'].map(used)).toEqual([false, false, false]);
  });

  it('reads a Google Contacts export its own way, and the user can turn that off', async () => {
    const { calls } = await open('google-contacts.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    const rule = screen.getByRole('checkbox', { name: /This is a Google Contacts export/ }) as HTMLInputElement;
    expect(rule.checked).toBe(true);
    expect((screen.getByLabelText('Phone number column') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(rule);
    expect((screen.getByLabelText('Phone number column') as HTMLSelectElement).disabled).toBe(false);
    expect(screen.getByLabelText('If the phone cell is empty, use')).toBeVisible();
    fireEvent.click(rule);
    fireEvent.change(screen.getByLabelText('List name'), { target: { value: 'Google' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    await screen.findByRole('group', { name: 'Row totals' }, { timeout: 5000 });
    const sent = calls.find((c) => c.channel === 'contacts:import')?.input as { fallbackColumns?: number[]; typeColumns?: number[] };
    expect(sent.fallbackColumns).toEqual([36, 38]);
    expect(sent.typeColumns).toEqual([33, 35, 37]);
  });
});
