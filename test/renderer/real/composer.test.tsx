// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRealApp, type RealApp } from '../support/real-app';

const SETTLE = { timeout: 8000 };
const ctrl = (key: string) => fireEvent.keyDown(window, { key, ctrlKey: true });

let app: RealApp | null = null;
afterEach(async () => {
  vi.unstubAllGlobals();
  await app?.services.close();
  app = null;
});

/** Ctrl+N on the Campaigns screen over the real services: a blank draft, calling two typed numbers. */
async function newCampaignOnTypedNumbers(): Promise<HTMLTextAreaElement> {
  app = await renderRealApp({ section: 'campaigns' });
  await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
  ctrl('n');
  const name = (await screen.findByRole('textbox', { name: 'Campaign name' }, SETTLE)) as HTMLInputElement;
  expect(name.value.length).toBeGreaterThan(3);
  fireEvent.click(screen.getByRole('radio', { name: /Numbers I type/ }));
  fireEvent.change(await screen.findByLabelText(/Numbers/, { selector: 'textarea' }), {
    target: { value: '98765 43210\n+91 98450 12345' },
  });
  const message = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
  fireEvent.change(message, { target: { value: 'Your appointment is tomorrow at ten.', selectionStart: 36, selectionEnd: 36 } });
  await screen.findByText(/Contact 1 of 2/, undefined, SETTLE);
  return message;
}

/** A speech engine with one voice that records what it was asked to say. */
function stubSpeech(voices: number): string[] {
  const spoken: string[] = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
  const synth = {
    getVoices: () => Array.from({ length: voices }, () => ({ name: 'Voice' })),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    cancel: () => undefined,
    speak: (u: { text: string }) => void spoken.push(u.text),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return spoken;
}

describe('the composer over the real services', () => {
  it('Ctrl+N opens one blank draft, and a second press keeps it instead of piling up drafts', async () => {
    await newCampaignOnTypedNumbers();
    const drafts = app?.services.drafts.list().length ?? 0;
    ctrl('n');
    await new Promise((done) => setTimeout(done, 200));
    expect(app?.services.drafts.list()).toHaveLength(drafts);
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeVisible();
  });

  it('reads the previewed message aloud with the system voice, and says why when there is none', async () => {
    const spoken = stubSpeech(1);
    await newCampaignOnTypedNumbers();
    const listen = await screen.findByRole('button', { name: '▶ Listen' });
    fireEvent.click(listen);
    expect(spoken).toEqual(['Your appointment is tomorrow at ten.']);
    expect(screen.getByRole('button', { name: '■ Stop' })).toBeVisible();
  });

  it('keeps Listen off with the reason when the computer has no voice', async () => {
    stubSpeech(0);
    await newCampaignOnTypedNumbers();
    const listen = (await screen.findByRole('button', { name: '▶ Listen' })) as HTMLButtonElement;
    expect(listen.disabled).toBe(true);
    expect(screen.getAllByText(/No speech voice is installed on this computer/).length).toBeGreaterThan(0);
  });

  it('simulates "Call me first" on the Sandbox through the outbox, with the number remembered', async () => {
    await newCampaignOnTypedNumbers();
    const number = screen.getByLabelText('Call me first, on');
    fireEvent.change(number, { target: { value: '+91 99000 11122' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simulate test call' }));
    await waitFor(() => expect(document.querySelector('.test-call-state')?.textContent).toMatch(/Simulated/), SETTLE);
    const item = app?.services.outbox.list(app.services.accounts.activeId() ?? '').find((i) => i.kind === 'test-call');
    expect(item?.state).toBe('done');
    expect(app?.calls.find((c) => c.channel === 'compose:testCall')?.input).toMatchObject({ number: '+91 99000 11122' });
    // The next composer on this account offers the same number.
    fireEvent.click(screen.getByRole('button', { name: '‹ Campaigns' }));
    await screen.findByRole('list', { name: 'Drafts' }, SETTLE);
    ctrl('n');
    await waitFor(() => expect((screen.getByLabelText('Call me first, on') as HTMLInputElement).value).toBe('+91 99000 11122'), SETTLE);
  });

  it('warns about a start outside 09:00–21:00 in India and moves it in one click', async () => {
    await newCampaignOnTypedNumbers();
    // The Sandbox has no hours until they are set; India's make it behave as an Indian account.
    await app?.services.accounts.setHours('sandbox', { opens: '09:00', closes: '21:00', days: [0, 1, 2, 3, 4, 5, 6], widenReason: '' });
    fireEvent.click(screen.getByRole('radio', { name: 'Start later' }));
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: `${tomorrow}T22:30` } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: `${tomorrow}T23:30` } });
    const move = await screen.findByRole('button', { name: /^Start at .* instead$/ }, SETTLE);
    fireEvent.click(move);
    await waitFor(() => expect((screen.getByLabelText('Starts') as HTMLInputElement).value).not.toBe(`${tomorrow}T22:30`), SETTLE);
    const moved = (screen.getByLabelText('Starts') as HTMLInputElement).value;
    expect(Number(moved.slice(11, 13))).toBeGreaterThanOrEqual(9);
    expect(Number(moved.slice(11, 13))).toBeLessThan(21);
  });

  it('names the start in the chosen zone and in IST when the zone is not India’s', async () => {
    await newCampaignOnTypedNumbers();
    fireEvent.change(screen.getByLabelText('Time zone of these times'), { target: { value: 'Asia/Singapore' } });
    const what = await screen.findByLabelText('What will happen', undefined, SETTLE);
    await waitFor(
      () =>
        expect(
          within(what)
            .getByText(/Starts/)
            .closest('div')?.textContent ?? what.textContent,
        ).toMatch(/\(.*IST\)/),
      SETTLE,
    );
  });
});

describe('Duplicate as draft over the real services', () => {
  it('opens the composer on a copy of a Sandbox campaign: its message and caller ID, a name of its own', async () => {
    app = await renderRealApp({ section: 'campaigns' });
    const list = await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
    fireEvent.click(within(list).getAllByRole('button')[0] as HTMLElement);
    const detail = await screen.findByRole('article', { name: /^Campaign / }, SETTLE);
    const shownName = (detail.getAttribute('aria-label') ?? '').replace(/^Campaign /, '');
    const row = app.services.campaigns.list().campaigns.find((c) => c.name === shownName);
    const campaign = row ? app.services.campaigns.get(row.id).campaign : null;
    expect(campaign).not.toBeNull();
    fireEvent.click(within(detail).getByRole('button', { name: 'Duplicate as draft' }));
    const name = (await screen.findByRole('textbox', { name: 'Campaign name' }, SETTLE)) as HTMLInputElement;
    expect(name.value).not.toBe(shownName);
    expect(name.value.startsWith(shownName)).toBe(true);
    expect(campaign?.readViaText).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(campaign?.readViaText);
    expect((screen.getByLabelText('Caller ID') as HTMLSelectElement).value).toBe(campaign?.callerId);
  });
});
