// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCampaigns } from '../../../src/renderer/features/campaigns';
import { resetAllStores } from '../../../src/renderer/lib/create-store';
import { ProgressChart, progressPoints } from '../../../src/renderer/features/campaigns/progress-chart';
import { timeTicks } from '../../../src/renderer/features/campaigns/time-ticks';
import type { CampaignDetailView, StatSnapshot } from '../../../src/shared/campaigns/schemas';
import { demoCampaigns } from './demo-data';

afterEach(() => {
  cleanup();
  resetAllStores();
});

const MINUTE = 60_000;

function openCampaign(status: 'completed' | 'in-progress', snapshots: StatSnapshot[]): void {
  const { campaigns } = demoCampaigns(Date.parse('2025-03-03T05:30:00Z'));
  const campaign = { ...campaigns[0]!, status, statusText: status };
  const detail: CampaignDetailView = { campaign, snapshots, lastSyncedAt: '2025-03-03T05:30:00.000Z', offline: false };
  useCampaigns.setState({ selectedId: campaign.id, detail });
}

describe('progress over time', () => {
  it('puts each sync at its own time, so syncs 5 and 55 minutes apart stand that far apart', () => {
    const { snapshots } = demoCampaigns(Date.parse('2025-03-03T05:30:00Z'));
    const base = Date.parse('2025-03-03T04:30:00Z');
    const at = [0, 5, 60].map((m) => new Date(base + m * MINUTE).toISOString());
    const points = progressPoints(at.map((a, i) => ({ at: a, stats: snapshots['c-outage']![i * 4]!.stats })));
    expect(points.map((p) => (p.t - base) / MINUTE)).toEqual([0, 5, 60]);
    expect(points[2]!.finishedSince).toBeGreaterThan(0);
  });

  it('marks the time axis at round times of the user’s clock, inside the syncs’ span', () => {
    const from = new Date(2025, 2, 3, 10, 3).getTime();
    const to = new Date(2025, 2, 3, 11, 47).getTime();
    const ticks = timeTicks(from, to);
    expect(ticks.map((t) => `${new Date(t).getHours()}:${String(new Date(t).getMinutes()).padStart(2, '0')}`)).toEqual([
      '10:30',
      '11:00',
      '11:30',
    ]);
    const day = timeTicks(new Date(2025, 2, 1, 9, 0).getTime(), new Date(2025, 2, 4, 18, 0).getTime());
    expect(day.length).toBeLessThanOrEqual(5);
    expect(day.every((t) => new Date(t).getHours() === 0 && new Date(t).getMinutes() === 0)).toBe(true);
  });

  it('an ended campaign without snapshots to draw says so plainly, and promises no chart', () => {
    openCampaign('completed', []);
    const { container, unmount } = render(<ProgressChart snapshots={[]} />);
    expect(container.textContent).toMatch(/^No progress over time to show: this campaign had ended before the app read its numbers/);
    expect(container.textContent).not.toMatch(/appears after the next sync/);
    unmount();

    const { snapshots } = demoCampaigns(Date.parse('2025-03-03T05:30:00Z'));
    render(<ProgressChart snapshots={snapshots['c-outage']!.slice(-1)} final />);
    expect(screen.getByText(/^No progress over time to show: the app read this campaign’s numbers once, after it had ended/)).toBeVisible();
  });

  it('a running campaign still says its chart fills with the next syncs', () => {
    openCampaign('in-progress', []);
    render(<ProgressChart snapshots={[]} />);
    expect(screen.getByText(/^Progress over time appears after the next sync that finds new numbers/)).toBeVisible();
  });
});
