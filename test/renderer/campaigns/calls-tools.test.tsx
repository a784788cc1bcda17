// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jobsInitial, useJobs } from '../../../src/renderer/app/jobs-store';
import { loadLazyParts } from '../../../src/renderer/components/lazy-part';
import { CampaignsBrowser } from '../../../src/renderer/features/campaigns';
import { resetAllStores } from '../../../src/renderer/lib/create-store';
import type { DeskApi } from '../../../src/shared/ipc/api-types';
import { demoCampaigns } from './demo-data';
import { fakeCampaigns } from './fake-campaigns';

// A campaign's detail loads lazily in the app; loaded first here, so a busy machine never times out waiting for it.
await loadLazyParts();

afterEach(() => cleanup());

function mount(noDigits: string[] = []) {
  const fake = fakeCampaigns({ ...demoCampaigns(Date.parse('2025-03-03T05:30:00Z')), noDigits, lastSyncedAt: new Date().toISOString() });
  const exports: unknown[] = [];
  const bridge = {
    ...fake.bridge,
    exportCalls: async (input: unknown) => (exports.push(input), { ok: true as const, data: { jobId: null } }),
  };
  window.api = {
    campaigns: bridge,
    jobs: { cancel: async () => ({ ok: true, data: { cancelled: true } }) },
    on: () => () => undefined,
  } as unknown as DeskApi;
  resetAllStores();
  useJobs.setState(jobsInitial);
  render(<CampaignsBrowser />);
  return { fake, exports };
}

describe('the calls table’s tools', () => {
  it('says calls under the call chips and explains numbers against calls for the chosen outcome', async () => {
    mount();
    const chips = within(await screen.findByRole('group', { name: 'Filter calls by outcome' }));
    await waitFor(() => expect(chips.getByRole('button', { name: /^Failed \d+ calls?$/ })).toBeVisible());
    fireEvent.click(chips.getByRole('button', { name: /^Failed/ }));
    await waitFor(() =>
      expect(screen.getByTestId('calls-explain').textContent).toMatch(
        /^\d[\d,]* of [\d,]+ numbers called ended failed on their last call; [\d,]+ of all [\d,]+ calls were failed\.$/,
      ),
    );
  });

  it('searches by number and sorts by a column', async () => {
    const { fake } = mount();
    await screen.findByRole('group', { name: 'Filter calls by outcome' });
    fireEvent.change(screen.getByLabelText('Search a number'), { target: { value: '+91 98-20' } });
    await waitFor(() => expect(fake.queries.at(-1)).toMatchObject({ search: '919820' }));
    fireEvent.click(screen.getByRole('button', { name: 'Duration' }));
    await waitFor(() => expect(fake.queries.at(-1)).toMatchObject({ sort: 'duration', desc: true }));
    expect(screen.getByRole('columnheader', { name: /Duration/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('exports one row per number unless every call is chosen', async () => {
    const { exports } = mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV…' }));
    await waitFor(() => expect(exports).toEqual([expect.objectContaining({ mode: 'numbers' })]));
    fireEvent.change(screen.getByLabelText('What to export'), { target: { value: 'calls' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV…' }));
    await waitFor(() => expect(exports.at(-1)).toMatchObject({ mode: 'calls' }));
  });

  it('shows the Key pressed column only for a campaign where some call had a key pressed', async () => {
    mount(['c-outage']);
    const table = await screen.findByRole('table', { name: 'Calls' });
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toContain('Duration'),
    );
    expect(within(table).queryByRole('columnheader', { name: 'Key pressed' })).toBeNull();
    cleanup();

    mount();
    const withKeys = await screen.findByRole('table', { name: 'Calls' });
    expect(await within(withKeys).findByRole('columnheader', { name: 'Key pressed' })).toBeVisible();
  });
});
