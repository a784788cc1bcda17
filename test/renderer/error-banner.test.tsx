// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBanner } from '../../src/renderer/components/error-notice';
import './helpers';

describe('the error banner every screen shows', () => {
  it('is not there while nothing went wrong', () => {
    const { container } = render(<ErrorBanner lead="Could not load rows:" message={null} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads out what was being done and what went wrong, as one sentence', () => {
    render(<ErrorBanner lead="Could not load calls:" message="The database is busy." />);
    expect(screen.getByRole('alert').textContent).toBe('Could not load calls: The database is busy.');
  });

  it('keeps its bold headline when main gave no reason', () => {
    render(<ErrorBanner title="The import stopped." message={null} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The import stopped.');
    expect(alert.querySelector('strong')?.textContent).toBe('The import stopped.');
  });

  it('offers its way out beside the message, and the button does what it says', () => {
    const retry = vi.fn();
    render(<ErrorBanner lead="Could not read the saved campaigns:" message="disk full" action={{ label: 'Try again', onClick: retry }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Could not read the saved campaigns: disk fullTry again');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
