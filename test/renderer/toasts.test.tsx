// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toast, useToasts } from '../../src/renderer/components/toast-store';
import { Toaster } from '../../src/renderer/components/toaster';
import { generatedList } from './fake/fake-contacts';
import { giveScrollHeight, renderApp } from './helpers';

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  restoreLayout = giveScrollHeight('vtable-scroll', 640);
});
afterEach(() => {
  restoreLayout();
  vi.useRealTimers();
});

async function sendFromDialog(stepMs: number) {
  const list = generatedList('big', 'November dues', 200, { createdAt: '2026-11-26T05:00:00.000Z' });
  renderApp({ lists: [list], stepMs, jobSteps: 5 }, 'contacts');
  fireEvent.click(await screen.findByRole('button', { name: /November dues/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Send to Exotel' }));
  const dialog = screen.getByRole('dialog', { name: 'Send “November dues” to Exotel' });
  fireEvent.click(within(dialog).getByRole('radio', { name: /Static list/ }));
  fireEvent.click(within(dialog).getByRole('button', { name: /^Send .* numbers$/ }));
}

describe('notices', () => {
  it('a send whose dialog shows the result pops no second notice', async () => {
    await sendFromDialog(0);
    await screen.findByRole('dialog', { name: 'Sent to Exotel' }, { timeout: 5000 });
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
  });

  it('a send whose dialog was hidden while it ran ends with one notice', async () => {
    await sendFromDialog(30);
    fireEvent.click(await screen.findByRole('button', { name: 'Hide (keeps sending)' }));
    const tray = await screen.findByRole('region', { name: 'Notifications' }, { timeout: 5000 });
    await waitFor(() => expect(within(tray).getByText(/Sending “November dues” to Exotel: finished/)).toBeVisible(), { timeout: 5000 });
    expect(within(tray).getAllByRole('status')).toHaveLength(1);
  });

  it('the same event told twice shows once, at most two show, and every one leaves by itself, failures too', () => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
    render(<Toaster />);
    act(() => {
      toast('bad', 'Could not switch accounts', 'The keychain is locked.');
      toast('bad', 'Could not switch accounts', 'The keychain is locked.');
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    act(() => {
      toast('ok', 'Exported 3 problem rows');
      toast('warn', 'An import is already running');
    });
    expect(screen.getAllByText(/./, { selector: '.toast-text strong' }).map((e) => e.textContent)).toEqual([
      'Exported 3 problem rows',
      'An import is already running',
    ]);
    act(() => toast('bad', 'Could not export the problems', 'The disk is full.'));
    act(() => vi.advanceTimersByTime(6_500));
    expect(screen.getByRole('alert').textContent).toContain('Could not export the problems');
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
  });

  it('stays while the pointer is on it, then leaves', () => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
    render(<Toaster />);
    act(() => void toast('ok', 'Deleted “November dues”'));
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByRole('status')).toBeVisible();
    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(6_100));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
