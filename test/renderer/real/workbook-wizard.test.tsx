// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorkbook } from '../../support/workbook-maker';
import { renderRealApp, scratchPath, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

async function workbook(): Promise<string> {
  const path = scratchPath('Dues.xlsx');
  await makeWorkbook(path, [
    { name: 'Notes', rows: [['Fill in the sheets after this one']] },
    {
      name: 'North',
      rows: [
        ['Name', 'Mobile', 'Amount'],
        ['Asha', 9876543210, { value: 503.25, numFmt: '0.00' }],
      ],
    },
    {
      name: 'South',
      rows: [
        ['Customer', 'Phone'],
        ['Ravi', 9123456780],
        ['Meera', 9988776655],
      ],
    },
    { name: 'Empty', rows: [] },
  ]);
  return path;
}

describe('a workbook in the import wizard, over the real services', () => {
  it('lists the sheets with their rows, opens the first with a phone column, and imports the one chosen', async () => {
    const path = await workbook();
    app = await renderRealApp({ section: 'contacts', before: (s) => void s.dialogs.open.push(path) });
    fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
    const sheets = await screen.findByRole('radiogroup', { name: 'Sheet' });
    const radio = (name: string) => within(sheets).getByRole('radio', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
    expect(radio('North').checked).toBe(true);
    expect(sheets.textContent).toContain('Notes1 row');
    expect(sheets.textContent).toContain('South3 rows');
    expect(radio('Empty').disabled).toBe(true);
    // A workbook has no encoding or separator to choose.
    expect(screen.queryByLabelText('Separator')).toBeNull();
    const preview = screen.getByRole('table', { name: 'First rows of Dues.xlsx' });
    expect(within(preview).getByText('503.25')).toBeVisible();

    fireEvent.click(radio('South'));
    await waitFor(() => expect(radio('South').checked).toBe(true));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'First rows of Dues.xlsx' })).getByText('Meera')).toBeVisible());
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    expect((screen.getByLabelText('Phone number column') as HTMLSelectElement).value).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 20_000 });
    await waitFor(() => expect(within(totals).getByRole('button', { name: /^Valid/ }).textContent).toContain('2'));
    expect(app.services.contacts.all()[0]?.headers).toEqual(['Customer', 'Phone']);
    // The list says what it was read from: the workbook's sheet, with no encoding or separator to speak of.
    const meta = screen.getByText(/numbers read as IN/);
    expect(meta.textContent).toContain('Dues.xlsx · Excel workbook, sheet “South” · numbers read as IN');
    expect(meta.textContent).not.toContain('UTF-8');
  }, 30_000);
});
