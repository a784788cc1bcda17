// @vitest-environment jsdom
// The wizard over a stand-in for main, only for what the real services do not show in a test's time: a job slow
// enough to cancel or to walk away from, and an import that fails part-way. Everything else is in
// real/import-wizard.test.tsx, over the real registry.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SHEET } from './fake/fake-sheets';
import { renderApp } from './helpers';

const PATH = '/home/staff/Downloads/november-dues.csv';

function start(extra: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ sheets: { [PATH]: SAMPLE_SHEET }, chooseFilePath: PATH, ...extra }, 'contacts');
}

async function toMapping() {
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file' }));
  await screen.findByRole('table', { name: 'First rows of november-dues.csv' });
  fireEvent.click(screen.getByRole('button', { name: 'Next: map columns' }));
  return screen.findByRole('table', { name: 'Columns in the sheet' });
}

describe('import wizard: states a stand-in reaches', () => {
  it('cancels a running import from its progress bar', async () => {
    start({ stepMs: 40, jobSteps: 50 });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const cancels = await screen.findAllByRole('button', { name: 'Cancel Importing november-dues.csv' });
    fireEvent.click(cancels[0] as HTMLElement);
    expect(await screen.findByRole('table', { name: 'Columns in the sheet' })).toBeVisible();
    expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeVisible();
  });

  it('says where an import stopped and opens the rows it kept', async () => {
    start({ sheets: { [PATH]: { ...SAMPLE_SHEET, failAtRow: 6 } } });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    const alert = await screen.findByText('The import stopped.', {}, { timeout: 5000 });
    expect(alert.parentElement?.textContent).toContain('Row 6 could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'Open the saved rows' }));
    const totals = await screen.findByRole('group', { name: 'Row totals' }, { timeout: 5000 });
    expect(within(totals).getByRole('button', { name: /All rows\s*4/ })).toBeVisible();
  });

  it('does not pull someone away who moved on while the import ran', async () => {
    start({ stepMs: 20, jobSteps: 5 });
    await toMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import and check rows' }));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Activity' }));
    const notice = await screen.findByText('Imported november-dues.csv');
    expect(screen.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
    fireEvent.click(within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Open list' }));
    expect(await screen.findByRole('group', { name: 'Row totals' })).toBeVisible();
  });
});
