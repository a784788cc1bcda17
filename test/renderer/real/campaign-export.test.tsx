// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readBack, renderRealApp, scratchPath, type RealApp } from '../support/real-app';

const SETTLE = { timeout: 8000 };

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

describe('File › Export… on a campaign', () => {
  it('Ctrl+Shift+E exports the open campaign’s calls to the file chosen in the save dialog', async () => {
    const out = scratchPath('calls.csv');
    app = await renderRealApp({ section: 'campaigns', before: (s) => void s.dialogs.save.push(out) });
    const list = await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
    fireEvent.click(within(list).getAllByRole('button')[0] as HTMLElement);
    await screen.findByRole('article', { name: /^Campaign / }, SETTLE);

    fireEvent.keyDown(window, { key: 'E', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(readBack(out)).toMatch(/^\uFEFFNumber,Name,Final outcome,/), SETTLE);
    expect(app.calls.find((c) => c.channel === 'campaigns:exportCalls')?.input).toMatchObject({ mode: 'numbers' });
  });
});
