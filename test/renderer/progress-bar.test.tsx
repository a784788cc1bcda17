// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/renderer/components/progress-bar';
import './helpers';

describe('progress counts what the user thinks in', () => {
  it('labels an estimated total as such and never shows the bar full before the end', () => {
    render(<ProgressBar title="Importing leads.csv" done={1_114_112} total={3_073_722} unit="rows" estimated />);
    const bar = screen.getByRole('progressbar', { name: 'Importing leads.csv' });
    expect(bar.getAttribute('aria-valuetext')).toBe('11,14,112 of about 30,73,722 rows (estimated)');
    render(<ProgressBar title="Importing small.csv" done={120} total={100} unit="rows" estimated />);
    expect(screen.getByText(/· 99%/)).toBeVisible();
  });

  it('shows plain counts when the total is known', () => {
    render(<ProgressBar title="Sending" done={500} total={2000} unit="numbers" />);
    expect(screen.getByRole('progressbar', { name: 'Sending' }).getAttribute('aria-valuetext')).toBe('500 of 2,000 numbers');
  });
});
