// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '../../src/renderer/components/screen-boundary';

let broken = true;
function Flaky() {
  if (broken) throw new Error('boom');
  return <p>Campaign list</p>;
}

afterEach(cleanup);

describe('a screen that fails', () => {
  it('says so in plain words instead of blanking the window, and can try again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ScreenBoundary screen="campaigns">
        <Flaky />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/nothing was lost/);
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Campaign list')).toBeVisible();
    quiet.mockRestore();
  });
});
