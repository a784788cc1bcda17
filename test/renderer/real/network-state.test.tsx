// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRealApp, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const statusBar = () => within(screen.getByRole('contentinfo', { name: 'Status' }));

describe('the status bar and the network as main sees it', () => {
  it('shows offline, the last sync time and the queue, and the queue opens Activity', async () => {
    app = await renderRealApp({
      before: (services) => {
        services.desktop.online = false;
        services.network.check();
        services.network.markSynced(new Date('2026-11-27T05:00:00.000Z'));
      },
    });
    await waitFor(() => expect(statusBar().getByText('Offline: changes wait in the queue')).toBeVisible());
    expect(statusBar().getByText(/^Last sync .*\d\d:\d\d/)).toBeVisible();
    fireEvent.click(statusBar().getByRole('button', { name: '0 queued operations: open Activity' }));
    expect(await screen.findByRole('heading', { name: 'Activity' })).toBeVisible();
  });

  it('follows the computer going offline and back', async () => {
    app = await renderRealApp();
    const services = app.services;
    // The bar draws again once main's first answer arrives; what counts is what it shows then.
    await waitFor(() => expect(statusBar().getByText('Online')).toBeVisible());
    act(() => {
      services.desktop.online = false;
      services.network.check();
    });
    expect(await statusBar().findByText('Offline: changes wait in the queue')).toBeVisible();
    act(() => {
      services.desktop.online = true;
      services.network.check();
    });
    expect(await statusBar().findByText('Online')).toBeVisible();
  });
});
