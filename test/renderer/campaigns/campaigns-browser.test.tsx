// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jobsInitial, useJobs } from '../../../src/renderer/app/jobs-store';
import { loadLazyParts } from '../../../src/renderer/components/lazy-part';
import { CampaignsBrowser } from '../../../src/renderer/features/campaigns';
import { resetAllStores } from '../../../src/renderer/lib/create-store';
import { statsTotal } from '../../../src/shared/exotel';
import type { DeskApi } from '../../../src/shared/ipc/api-types';
import { demoCampaigns } from './demo-data';
import { fakeCampaigns, type FakeCampaignsOptions } from './fake-campaigns';

// A campaign's detail loads lazily in the app; loaded first here, so each test meets it as soon as it opens.
await loadLazyParts();

afterEach(() => cleanup());

const NOW = Date.parse('2025-03-03T05:30:00Z');

function mount(options: Partial<FakeCampaignsOptions> = {}) {
  const demo = demoCampaigns(NOW);
  const fake = fakeCampaigns({ ...demo, lastSyncedAt: new Date().toISOString(), ...options });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  fake.emit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  window.api = {
    campaigns: fake.bridge,
    jobs: { cancel: async () => ({ ok: true, data: { cancelled: true } }), list: async () => ({ ok: true, data: [] }) },
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  } as unknown as DeskApi;
  resetAllStores();
  useJobs.setState(jobsInitial);
  render(<CampaignsBrowser />);
  return { fake, demo };
}

const num = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

describe('campaigns browser', () => {
  it('shows the cached campaigns with their status, progress and when they were synced', async () => {
    mount();
    const list = await screen.findByRole('list', { name: 'Campaigns' });
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(6);
    expect(within(list).getByRole('button', { name: /service outage update/ }).textContent).toContain('Calling');
    expect(within(list).getByRole('button', { name: /service outage update/ }).textContent).toMatch(/352 of 2,200 done/);
    // A status the app does not know shows exactly as Exotel wrote it.
    expect(within(list).getByRole('button', { name: /Quarterly survey/ }).textContent).toContain('Scheduling');
    expect(screen.getByText(/^Last synced /)).toBeVisible();

    fireEvent.change(screen.getByLabelText('Search campaigns'), { target: { value: 'payment' } });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('payment reminder')]);
  });

  it('adds up the outcome counts to the campaign’s total, and a count filters the calls', async () => {
    const { fake, demo } = mount();
    const outcomes = await screen.findByRole('list', { name: 'Numbers by outcome' });
    const counts = [...outcomes.querySelectorAll('[data-outcome]')].map((el) => num(el.textContent));
    const total = num(screen.getByTestId('outcome-total').textContent);
    const running = demo.campaigns[0];
    expect(total).toBe(statsTotal(running?.stats ?? ({} as never)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(2_200);

    await waitFor(() => expect(fake.queries.length).toBeGreaterThan(0));
    fireEvent.click(within(outcomes).getByRole('button', { name: /Failed/ }));
    await waitFor(() => expect(fake.queries.at(-1)?.status).toEqual(['failed']));
    const chipGroup = within(screen.getByRole('group', { name: 'Filter calls by outcome' }));
    expect(chipGroup.getByRole('button', { name: /^Failed \d/ }).getAttribute('aria-pressed')).toBe('true');
    expect(
      within(outcomes)
        .getByRole('button', { name: /Failed/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // The call chips add up to all calls read, too.
    const chips = chipGroup.getAllByRole('button');
    const [all, ...rest] = chips.map((c) => num(c.querySelector('strong')?.textContent ?? ''));
    expect(rest.reduce((a, b) => a + b, 0)).toBe(all);
    expect(all).toBe(1_620);
  });

  it('says plainly when it is offline and keeps showing the cache', async () => {
    mount({ offline: true, sandbox: false });
    expect(await screen.findByText(/You are offline\. These campaigns are as they were/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Refresh' }).hasAttribute('disabled')).toBe(true);
    expect(within(screen.getByRole('list', { name: 'Campaigns' })).getAllByRole('button')).toHaveLength(6);
  });

  it('refreshes with progress and reloads the list when the sync ends', async () => {
    const { fake } = mount({ stepMs: 40 });
    await screen.findByRole('list', { name: 'Campaigns' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    // Exotel's answer changes while the sync runs; the list shows it once the sync has ended, not before.
    fake.state.campaigns = fake.state.campaigns.slice(0, 2);
    expect(await screen.findByRole('progressbar', { name: 'Syncing campaigns' })).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Campaigns' })).getAllByRole('button')).toHaveLength(6);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Campaigns' })).getAllByRole('button')).toHaveLength(2));
    expect(screen.queryByRole('progressbar', { name: 'Syncing campaigns' })).toBeNull();
  });

  it('does not stay on Refreshing when the sync ended before its call answered', async () => {
    const { fake } = mount({ endsBeforeAnswer: true });
    const stopJobs = useJobs.getState().follow();
    try {
      await screen.findByRole('list', { name: 'Campaigns' });
      fake.state.campaigns = fake.state.campaigns.slice(0, 3);
      fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
      await waitFor(() => expect(within(screen.getByRole('list', { name: 'Campaigns' })).getAllByRole('button')).toHaveLength(3));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' }).hasAttribute('disabled')).toBe(false));
      expect(screen.queryByRole('progressbar', { name: 'Syncing campaigns' })).toBeNull();
    } finally {
      stopJobs();
    }
  });

  it('a sync that ended while another screen was open does not leave the list refreshing', async () => {
    mount({ stepMs: 20 });
    Object.assign(window.api.jobs, { list: async () => ({ ok: true, data: [] }) });
    const stopJobs = useJobs.getState().follow();
    await screen.findByRole('list', { name: 'Campaigns' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('progressbar', { name: 'Syncing campaigns' })).toBeVisible();
    cleanup();
    await waitFor(() => expect(Object.keys(useJobs.getState().finished)).toHaveLength(1));
    render(<CampaignsBrowser />);
    expect(await screen.findByRole('button', { name: 'Refresh' })).toBeVisible();
    expect(screen.queryByRole('progressbar', { name: 'Syncing campaigns' })).toBeNull();
    stopJobs();
  });

  it('teaches what to do before the first sync', async () => {
    mount({ lastSyncedAt: null, offline: true, sandbox: false });
    expect(await screen.findByRole('heading', { name: 'Campaigns not read yet' })).toBeVisible();
    expect(screen.getByText(/after the first sync/)).toBeVisible();
  });
});
