// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generatedList } from './fake/fake-contacts';
import { SAMPLE_SHEET } from './fake/fake-sheets';
import { rail, renderApp, renderAppWith } from './helpers';

const PATH = '/home/staff/Downloads/november-dues.csv';
const ctrl = (key: string) => fireEvent.keyDown(window, { key, ctrlKey: true });

function statusBar() {
  return within(screen.getByRole('contentinfo', { name: 'Status' }));
}

describe('app shell', () => {
  it('opens a sheet with Ctrl+O, searches with Ctrl+F and goes to campaigns with Ctrl+N', async () => {
    const { core } = renderApp({ sheets: { [PATH]: SAMPLE_SHEET }, chooseFilePath: PATH, lists: [generatedList('l1', 'Renewals', 50)] });
    expect(await screen.findByRole('heading', { name: 'Import a sheet to start' })).toBeVisible();

    ctrl('o');
    expect(await screen.findByRole('table', { name: 'First rows of november-dues.csv' })).toBeVisible();
    expect(core.calls.some((c) => c.channel === 'contacts:chooseFile')).toBe(true);
    expect(rail().getByRole('button', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');

    ctrl('f');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search lists' }));

    ctrl('n');
    expect(rail().getByRole('button', { name: 'Campaigns' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows a job that was already running after a reload, with counts and a cancel button', async () => {
    const first = renderApp({ stepMs: 60_000 });
    const title = 'Sending “Renewals” to Exotel';
    const jobId = first.core.startJob({
      kind: 'upload',
      title,
      total: 12_000,
      steps: 10,
      phase: () => 'Creating contacts',
      finish: ({ cancelled }) => ({ outcome: cancelled ? 'cancelled' : 'done', message: cancelled ? 'Sending cancelled.' : 'Sent.' }),
    });
    first.view.unmount();

    renderAppWith(first);
    const bar = await statusBar().findByRole('progressbar', { name: title });
    expect(bar.getAttribute('aria-valuetext')).toBe('0 of 12,000 numbers');
    fireEvent.click(statusBar().getByRole('button', { name: `Cancel ${title}` }));
    await waitFor(() => expect(statusBar().queryByRole('progressbar')).toBeNull());
    expect(first.core.calls.filter((c) => c.channel === 'jobs:cancel').map((c) => c.input)).toEqual([{ jobId }]);
    expect(await screen.findByText('Sending cancelled.')).toBeVisible();
  });
});
