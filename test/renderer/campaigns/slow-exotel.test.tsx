// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CampaignListView } from '../../../src/shared/campaigns/schemas';
import { SlowNotice } from '../../../src/renderer/components/slow-notice';
import { SyncStatus } from '../../../src/renderer/features/campaigns/sync-status';
import '../helpers';

// No account id: the refresh-interval picker, which asks the main process, stays out of this test.
const view: CampaignListView = { accountId: null, sandbox: false, campaigns: [], lastSyncedAt: null, offline: false };
const progress = (message: string) => ({
  jobId: 'j1',
  kind: 'sync' as const,
  title: 'Syncing campaigns',
  phase: 'Reading campaigns from Exotel',
  done: 0,
  total: null,
  message,
});

const SLOW =
  'Exotel is slow to answer. The app keeps trying for up to 45 seconds; if no answer comes, the list stays as the last sync left it.';

afterEach(() => vi.useRealTimers());

describe('a person waiting on a slow Exotel is told so', () => {
  it('a refresh shows what the sync says about a slow Exotel under its bar, and nothing when all is well', () => {
    const { rerender } = render(<SyncStatus view={view} jobId="j1" progress={progress('')} error={null} onRefresh={() => undefined} />);
    expect(screen.queryByText(/Exotel is slow/)).toBeNull();
    rerender(<SyncStatus view={view} jobId="j1" progress={progress(SLOW)} error={null} onRefresh={() => undefined} />);
    expect(screen.getByText(SLOW)).toBeVisible();
  });

  it('a wait turns into “Exotel is slow” after its time', () => {
    vi.useFakeTimers();
    render(<SlowNotice waiting="Testing the connection…" slow="Exotel is slow to answer." afterMs={8000} />);
    expect(screen.getByText('Testing the connection…')).toBeVisible();
    act(() => void vi.advanceTimersByTime(7999));
    expect(screen.queryByText('Exotel is slow to answer.')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByText('Exotel is slow to answer.')).toBeVisible();
  });
});
