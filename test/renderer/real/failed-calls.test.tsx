// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, toApiError } from '../../../src/renderer/lib/api';
import { renderRealApp, type RealApp } from '../support/real-app';

/** What a broken library or bridge says: a path, a code, a credential. None of it is for the window. */
const TECHNICAL = 'SQLITE_IOERR: disk I/O error at /home/asha/.config/Campaign Desk/campaign-desk.db token=abcdef123456';

let app: RealApp | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.services.close();
  app = null;
});

function quietConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

async function activityError(): Promise<HTMLElement> {
  return screen.findByText(/Could not load activity:/);
}

describe('a failed call as the window shows it', () => {
  it('a fault inside main reaches the screen in plain words; the detail stays in main’s log', async () => {
    const logged = quietConsole();
    app = await renderRealApp({
      section: 'activity',
      before: (s) => {
        s.activity.recent = () => {
          throw new Error(TECHNICAL);
        };
      },
    });
    const shown = await activityError();
    expect(shown.textContent).toContain('Something went wrong inside the app. The details are in the log.');
    expect(document.body.textContent).not.toMatch(/SQLITE|campaign-desk\.db|abcdef123456/);
    const log = logged.mock.calls.flat().map(String).join(' ');
    expect(log).toContain('[ipc activity:list] failed');
    expect(log).toContain('SQLITE_IOERR');
    expect(log).not.toContain('abcdef123456');
  });

  it('a bridge that breaks is told in plain words, not as the error Electron threw', async () => {
    const logged = quietConsole();
    app = await renderRealApp({
      section: 'activity',
      bridge: (channel, _input, next) =>
        channel === 'activity:list' ? Promise.reject(new Error(`Error invoking remote method 'activity:list': ${TECHNICAL}`)) : next(),
    });
    const shown = await activityError();
    expect(shown.textContent).toContain('Campaign Desk could not reach its background service. Close the window and open the app again.');
    expect(document.body.textContent).not.toMatch(/invoking remote method|SQLITE|abcdef123456/);
    // The detail is for the window's console, which main's log takes in.
    expect(logged.mock.calls.flat().map(String).join(' ')).toContain('SQLITE_IOERR');
  });

  it('keeps main’s own words and code, and turns a fault in the window into plain words', async () => {
    quietConsole();
    const refused = call(
      Promise.resolve({
        ok: false as const,
        error: { code: 'offline' as const, message: 'Could not reach Exotel to read the campaigns. Check the internet connection.' },
      }),
    );
    await expect(refused).rejects.toMatchObject({
      code: 'offline',
      message: 'Could not reach Exotel to read the campaigns. Check the internet connection.',
    });
    const fault = toApiError(new TypeError(`Cannot read properties of undefined (reading 'rows') ${TECHNICAL}`));
    expect(fault).toBeInstanceOf(ApiError);
    expect(fault.message).toBe('Something went wrong in this window. Try again; if it keeps happening, restart the app.');
  });
});
