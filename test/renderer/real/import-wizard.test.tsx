// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_SHEET } from '../fake/fake-sheets';
import { descriptionOf } from '../helpers';
import { renderRealApp, sheetFile, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

/** The contacts screen over the real services, with the open dialog ready to answer the sample sheet. */
async function start(text = SAMPLE_SHEET.text, name = 'november-dues.csv'): Promise<RealApp> {
  const path = sheetFile(name, text);
  app = await renderRealApp({ section: 'contacts', before: (s) => void s.dialogs.open.push(path) });
  return app;
}

async function toPreview(name = 'november-dues.csv') {
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
  return screen.findByRole('table', { name: `First rows of ${name}` });
}

async function toMapping() {
  await toPreview();
  fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
  return screen.findByRole('table', { name: 'Columns in the sheet' });
}

describe('import wizard over the real services', () => {
  it('previews the sheet by grant and re-reads it when the separator is overridden', async () => {
    const { calls } = await start();
    const preview = await toPreview();
    expect(within(preview).getByRole('columnheader', { name: /Mobile/ })).toBeVisible();
    expect(within(preview).getByText('Aarav Sharma')).toBeVisible();
    expect((screen.getByLabelText('Separator') as HTMLSelectElement).value).toBe(';');
    expect(screen.getByRole('list', { name: 'Import steps' }).querySelector('[aria-current="step"]')?.textContent).toContain(
      'Check how it reads',
    );

    fireEvent.change(screen.getByLabelText('Separator'), { target: { value: ',' } });
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: /First rows/ })).queryByRole('columnheader', { name: /^Mobile/ })).toBeNull(),
    );
    const inspects = calls.filter((c) => c.channel === 'contacts:inspect');
    expect(inspects.at(-1)?.input).toEqual({
      fileId: expect.stringMatching(/^[0-9a-f]{32}$/),
      options: { encoding: 'utf-8', delimiter: ',', country: 'IN' },
    });
    expect(JSON.stringify(calls)).not.toContain('/november-dues.csv');
  });

  it('garbles accents when read as the wrong encoding, so the user can tell', async () => {
    await start();
    await toPreview();
    expect(screen.getByText('José Menon')).toBeVisible();
    fireEvent.change(screen.getByLabelText('Encoding'), { target: { value: 'windows-1252' } });
    expect(await screen.findByText('JosÃ© Menon')).toBeVisible();
  });

  it('guesses the phone column and allows at most five variables', async () => {
    await start();
    const table = await toMapping();
    expect((screen.getByLabelText('Phone number column') as HTMLSelectElement).value).toBe('1');
    const boxes = within(table).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(6);
    expect(boxes.filter((b) => b.checked)).toHaveLength(5);
    const language = screen.getByRole('checkbox', { name: 'Use “Language” as a variable' }) as HTMLInputElement;
    expect(language.disabled).toBe(true);
    expect(screen.getByText(/dynamic lists carry the number plus at most 5 columns/)).toBeVisible();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use “Agent” as a variable' }));
    expect(language.disabled).toBe(false);
    expect((screen.getByLabelText('Variable name for “Amount Due”') as HTMLInputElement).value).toBe('Amount Due');
  });

  it('shows each column’s exact @@ name: headers as written, only what Exotel cannot take renamed', async () => {
    await start('First Name,Mobile,"Amount, ""INR""",Ref @@code\nAsha,98765 43210,450,A1\n', 'headers.csv');
    await toPreview('headers.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    await screen.findByRole('table', { name: 'Columns in the sheet' });
    const first = screen.getByLabelText('Variable name for “First Name”') as HTMLInputElement;
    expect(first.value).toBe('First Name');
    expect(first.title).toBe('Messages refer to it as @@First Name');
    expect((screen.getByLabelText('Variable name for “Amount, "INR"”') as HTMLInputElement).value).toBe('Amount INR');
    expect((screen.getByLabelText('Variable name for “Ref @@code”') as HTMLInputElement).value).toBe('Ref code');
    const note = screen.getByText(/Each is named as its header is written/);
    expect(note.textContent).toContain('a “First Name” column is @@First Name in a message');
    expect(note.textContent).not.toMatch(/letters, digits and _/);
  });

  it('shows a bad variable name under its own field and does not start', async () => {
    const { calls } = await start();
    await toMapping();
    fireEvent.change(screen.getByLabelText('Variable name for “City”'), { target: { value: 'City, town' } });
    fireEvent.change(screen.getByLabelText('Variable name for “Agent”'), { target: { value: 'name' } });
    fireEvent.change(screen.getByLabelText('List name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    expect(descriptionOf(await screen.findByLabelText('Variable name for “City”'))).toBe(
      'A name cannot hold quotes, commas or line breaks',
    );
    expect(descriptionOf(screen.getByLabelText('Variable name for “Agent”'))).toBe('Two columns cannot both be “name”');
    expect(descriptionOf(screen.getByLabelText('List name'))).toBe('Name the contact list');
    expect(calls.some((c) => c.channel === 'contacts:import')).toBe(false);
  });

  it('imports for real and opens the review with counts that add up', async () => {
    const { services } = await start();
    await toMapping();
    fireEvent.change(screen.getByLabelText('List name'), { target: { value: 'November dues' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'November dues', level: 1 })).toBeVisible();
    expect(within(totals).getByRole('button', { name: /All rows\s*9/ })).toBeVisible();
    expect(within(totals).getByRole('button', { name: /Valid\s*5/ })).toBeVisible();
    expect(within(totals).getByRole('button', { name: /Invalid\s*3/ })).toBeVisible();
    expect(within(totals).getByRole('button', { name: /Duplicate\s*1/ })).toBeVisible();
    expect(within(totals).getByText(/5 valid \+ 3 invalid \+ 1 duplicate = 9 rows; 1 empty line skipped/)).toBeVisible();
    expect(services.contacts.all().map((l) => l.name)).toEqual(['November dues']);
  });

  it('opens a dropped sheet through the preload’s grant, or says to use Choose file when it cannot', async () => {
    const { dropPaths } = await start();
    const drop = (name: string) => {
      const file = new File(['x'], name, { type: 'text/csv' });
      fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    };
    dropPaths.set('dropped.csv', sheetFile('dropped.csv', SAMPLE_SHEET.text));
    drop('dropped.csv');
    expect(await screen.findByRole('table', { name: 'First rows of dropped.csv' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Close import' }));
    drop('nowhere.csv');
    expect(await screen.findByText(/Use Choose file to pick it instead/)).toBeVisible();
  });

  it('opens the import on a file the OS handed to the app', async () => {
    const { services } = await start();
    services.files.openedByOs(sheetFile('from-finder.csv', SAMPLE_SHEET.text));
    expect(await screen.findByRole('table', { name: 'First rows of from-finder.csv' })).toBeVisible();
  });

  it('refuses a sheet whose quote never closes, naming the line', async () => {
    const text = `Name,Phone\nAsha,9876543210\n"Ravi,9876543211\n${'Someone,9876543212\n'.repeat(20)}`;
    await start(text, 'broken.csv');
    await toPreview('broken.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import and check rows' }));
    expect(await screen.findByText(/Line 3 starts a row that never ends/, {}, { timeout: 5000 })).toBeVisible();
  });

  it('says what to do with an Excel workbook', async () => {
    await start('PK\u0003\u0004 not really a sheet', 'dues.xlsx');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Excel workbook|workbook/i);
  });
});
