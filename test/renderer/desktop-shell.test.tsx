// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generatedList } from './fake/fake-contacts';
import { SAMPLE_SHEET } from './fake/fake-sheets';
import { rail, renderApp } from './helpers';

const PATH = '/home/staff/Downloads/november-dues.csv';
const statusBar = () => within(screen.getByRole('contentinfo', { name: 'Status' }));

describe('the application menu’s commands', () => {
  it('Open Sheet… opens the import on a chosen sheet, New Campaign goes to Campaigns', async () => {
    const { core } = renderApp({ sheets: { [PATH]: SAMPLE_SHEET }, chooseFilePath: PATH }, 'activity');
    await screen.findByRole('heading', { level: 1 });
    act(() => core.emit('menu:command', { command: 'open-sheet' }));
    expect(await screen.findByRole('table', { name: 'First rows of november-dues.csv' })).toBeVisible();
    expect(rail().getByRole('button', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');

    act(() => core.emit('menu:command', { command: 'new-campaign' }));
    expect(rail().getByRole('button', { name: 'Campaigns' }).getAttribute('aria-current')).toBe('page');
  });

  it('Find puts the cursor in the list’s search box', async () => {
    const { core } = renderApp({ lists: [generatedList('l1', 'Renewals', 50)] }, 'contacts');
    const search = await screen.findByRole('searchbox', { name: 'Search lists' });
    act(() => core.emit('menu:command', { command: 'find' }));
    expect(document.activeElement).toBe(search);
  });

  it('Export… says so when the screen has nothing to export', async () => {
    const { core } = renderApp({}, 'activity');
    await screen.findByRole('heading', { level: 1 });
    act(() => core.emit('menu:command', { command: 'export' }));
    expect(await screen.findByText('Nothing to export here')).toBeVisible();
  });
});

describe('Restart to update', () => {
  it('is not shown while updating is off', async () => {
    const { core } = renderApp();
    await statusBar().findByText('Online');
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'desktop:updateState')).toBe(true));
    expect(statusBar().queryByRole('button', { name: /Restart to update/ })).toBeNull();
  });

  it('appears once an update is downloaded and restarts the app into it', async () => {
    const { core } = renderApp({ update: { status: 'ready', version: '0.2.0', message: null } });
    const button = await statusBar().findByRole('button', { name: 'Restart to update to 0.2.0' });
    fireEvent.click(button);
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'desktop:restartToUpdate')).toBe(true));
    expect(statusBar().getByRole('button', { name: 'Restarting…' })).toBeVisible();
  });

  it('follows the update pushed by main while the app runs', async () => {
    const { core } = renderApp();
    await statusBar().findByText('Online');
    act(() => core.emit('update:changed', { status: 'downloading', version: '0.3.0', message: '40% downloaded' }));
    expect(statusBar().queryByRole('button', { name: /Restart to update/ })).toBeNull();
    act(() => core.emit('update:changed', { status: 'ready', version: '0.3.0', message: null }));
    expect(statusBar().getByRole('button', { name: 'Restart to update to 0.3.0' })).toBeVisible();
  });
});
