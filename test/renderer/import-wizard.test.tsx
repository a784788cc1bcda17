// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFileId, SAMPLE_SHEET } from './fake/fake-sheets';
import { descriptionOf, renderApp } from './helpers';

const PATH = '/home/staff/Downloads/november-dues.csv';

function start(extra: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ sheets: { [PATH]: SAMPLE_SHEET }, chooseFilePath: PATH, ...extra }, 'contacts');
}

async function toPreview() {
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
  return screen.findByRole('table', { name: 'First rows of november-dues.csv' });
}

async function toMapping() {
  await toPreview();
  fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
  return screen.findByRole('table', { name: 'Columns in the sheet' });
}

describe('import wizard', () => {
  it('previews the sheet and re-reads it when the separator is overridden', async () => {
    const { core } = start();
    const preview = await toPreview();
    expect(within(preview).getByRole('columnheader', { name: /Mobile/ })).toBeTruthy();
    expect(within(preview).getByText('Aarav Sharma')).toBeTruthy();
    expect((screen.getByLabelText('Separator') as HTMLSelectElement).value).toBe(';');
    expect(screen.getByRole('list', { name: 'Import steps' }).querySelector('[aria-current="step"]')?.textContent).toContain('Check how it reads');

    fireEvent.change(screen.getByLabelText('Separator'), { target: { value: ',' } });
    await waitFor(() => expect(within(screen.getByRole('table', { name: /First rows/ })).queryByRole('columnheader', { name: /^Mobile/ })).toBeNull());
    const inspects = core.calls.filter((c) => c.channel === 'imports:inspect');
    expect(inspects.at(-1)?.input).toEqual({ fileId: fakeFileId(PATH), options: { encoding: 'utf-8', delimiter: ',' } });
  });

  it('garbles accents when read as the wrong encoding, so the user can tell', async () => {
    start();
    await toPreview();
    expect(screen.getByText('José Menon')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Encoding'), { target: { value: 'windows-1252' } });
    expect(await screen.findByText('JosÃ© Menon')).toBeTruthy();
  });

  it('guesses the phone column and allows at most five variables, saying why', async () => {
    start();
    const table = await toMapping();
    expect((screen.getByLabelText('Phone number column') as HTMLSelectElement).value).toBe('1');
    const boxes = within(table).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(6);
    expect(boxes.filter((b) => b.checked)).toHaveLength(5);
    const language = screen.getByRole('checkbox', { name: 'Use “Language” as a variable' }) as HTMLInputElement;
    expect(language.checked).toBe(false);
    expect(language.disabled).toBe(true);
    expect(screen.getByText(/dynamic lists carry the number plus at most 5 columns/)).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Use “Agent” as a variable' }));
    expect(language.disabled).toBe(false);
    expect((screen.getByLabelText('Variable name for “Amount Due”') as HTMLInputElement).value).toBe('Amount Due');
  });

  it('shows a bad variable name under its own field and does not start', async () => {
    const { core } = start();
    await toMapping();
    fireEvent.change(screen.getByLabelText('Variable name for “City”'), { target: { value: 'City, town' } });
    fireEvent.change(screen.getByLabelText('Variable name for “Agent”'), { target: { value: 'name' } });
    fireEvent.change(screen.getByLabelText('List name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));

    expect(descriptionOf(await screen.findByLabelText('Variable name for “City”'))).toBe('A name cannot hold quotes, commas or line breaks');
    expect(descriptionOf(screen.getByLabelText('Variable name for “Agent”'))).toBe('Two columns cannot both be “name”');
    expect(descriptionOf(screen.getByLabelText('Variable name for “Name”'))).toBe('');
    expect(descriptionOf(screen.getByLabelText('List name'))).toBe('Name the contact list');
    expect(core.calls.some((c) => c.channel === 'imports:start')).toBe(false);
  });

  it('runs the import as a job and opens the review with counts that add up', async () => {
    const { core } = start({ stepMs: 20, jobSteps: 5 });
    await toMapping();
    fireEvent.change(screen.getByLabelText('List name'), { target: { value: 'November dues' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));

    // One bar in the wizard, one in the status bar.
    expect(await screen.findAllByRole('progressbar', { name: 'Importing november-dues.csv' })).toHaveLength(2);
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 3000 });
    expect(screen.getByRole('heading', { name: 'November dues', level: 1 })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /All rows\s*9/ })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /Valid\s*5/ })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /Invalid\s*3/ })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /Duplicate\s*1/ })).toBeTruthy();
    expect(within(totals).getByText(/5 valid \+ 3 invalid \+ 1 duplicate = 9 rows; 1 empty line skipped/)).toBeTruthy();

    const settings = core.calls.find((c) => c.channel === 'imports:start')?.input;
    expect(settings).toMatchObject({ fileId: fakeFileId(PATH), delimiter: ';', phoneColumn: 1, country: 'IN', listName: 'November dues' });
    expect((settings as { variables: unknown[] }).variables).toHaveLength(5);
  });

  it('cancels a running import from its progress bar', async () => {
    start({ stepMs: 40, jobSteps: 50 });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const cancels = await screen.findAllByRole('button', { name: 'Cancel Importing november-dues.csv' });
    fireEvent.click(cancels[0] as HTMLElement);
    expect(await screen.findByRole('table', { name: 'Columns in the sheet' })).toBeTruthy();
    expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeTruthy();
  });

  it('opens the review of a sheet so small its import ended before the call returned', async () => {
    start({ jobSteps: 0 });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    expect(await screen.findByRole('group', { name: 'Row totals' })).toBeTruthy();
  });

  it('says where an import stopped and opens the rows it kept', async () => {
    start({ sheets: { [PATH]: { ...SAMPLE_SHEET, failAtRow: 6 } } });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const alert = await screen.findByText('The import stopped.');
    expect(alert.parentElement?.textContent).toContain('Row 6 could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'Open the saved rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' });
    expect(within(totals).getByRole('button', { name: /All rows\s*4/ })).toBeTruthy();
  });

  it('does not pull someone away who moved on while the import ran', async () => {
    start({ stepMs: 20, jobSteps: 5 });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Activity' }));
    const notice = await screen.findByText('Imported november-dues.csv');
    expect(screen.getByRole('heading', { name: 'Activity', level: 1 })).toBeTruthy();
    fireEvent.click(within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Open list' }));
    expect(await screen.findByRole('group', { name: 'Row totals' })).toBeTruthy();
  });

  it('says what to do with an Excel workbook', async () => {
    start({ chooseFilePath: '/home/staff/Downloads/dues.xlsx' });
    fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Excel workbook.*CSV UTF-8/);
  });

  it('opens a sheet dropped on the window, or says to use Choose file when it cannot', async () => {
    const { core } = start();
    const drop = (name: string) => {
      const file = new File(['x'], name, { type: 'text/csv' });
      fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    };
    core.droppedPath = () => PATH;
    drop('november-dues.csv');
    expect(await screen.findByRole('table', { name: 'First rows of november-dues.csv' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Close import' }));
    core.droppedPath = null;
    drop('november-dues.csv');
    expect(await screen.findByText(/Use Choose file to pick it instead/)).toBeTruthy();
  });
});
