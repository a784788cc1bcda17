// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRealApp, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const statusBar = () => screen.getByRole('contentinfo', { name: 'Status' });

describe('Pretend to be offline', () => {
  it('on the Sandbox’s detail, puts the app offline as the status bar and the outbox see it, and back', async () => {
    app = await renderRealApp({ section: 'accounts' });
    const detail = await screen.findByRole('region', { name: 'Try offline' });
    fireEvent.click(within(detail).getByRole('switch', { name: 'Pretend to be offline' }));
    await waitFor(() =>
      expect(within(statusBar()).getByRole('status').textContent).toBe('Offline (pretending): changes wait in the queue'),
    );
    expect(app.services.network.isOnline()).toBe(false);
    expect(app.services.network.reaches({ kind: 'sandbox' })).toBe(false);

    // The status bar's menu holds the same switch.
    fireEvent.click(within(statusBar()).getByRole('button', { name: /Offline \(pretending\)/ }));
    const menu = within(statusBar()).getByRole('dialog', { name: 'Online state' });
    const again = within(menu).getByRole('switch', { name: 'Pretend to be offline' });
    expect((again as HTMLInputElement).checked).toBe(true);
    fireEvent.click(again);
    await waitFor(() => expect(within(statusBar()).getByRole('status').textContent).toBe('Online'));
    expect(app.services.network.reaches({ kind: 'sandbox' })).toBe(true);
  });
});
