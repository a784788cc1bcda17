// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { INDIA_HOURS } from '../../../src/shared/compose/calling-hours';
import { renderRealApp, type RealApp } from '../support/real-app';

const SETTLE = { timeout: 8000 };
const ctrl = (key: string) => fireEvent.keyDown(window, { key, ctrlKey: true });

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

async function newCampaignOnTypedNumbers(): Promise<void> {
  app = await renderRealApp({ section: 'campaigns' });
  // The Sandbox has no hours of its own; given India's, it behaves as an Indian account does.
  await app.services.accounts.setHours('sandbox', INDIA_HOURS);
  await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
  ctrl('n');
  await screen.findByRole('textbox', { name: 'Campaign name' }, SETTLE);
  fireEvent.click(screen.getByRole('radio', { name: /Numbers I type/ }));
  fireEvent.change(await screen.findByLabelText(/Numbers/, { selector: 'textarea' }), {
    target: { value: '98765 43210\n+91 98450 12345' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'Your appointment is tomorrow at ten.' } });
  await screen.findByText(/Contact 1 of 2/, undefined, SETTLE);
}

function savedHours() {
  return app?.services.drafts.list().map((d) => app?.services.drafts.require(d.id).hours)[0];
}

describe('calling hours in the composer, over the real services', () => {
  it('narrows the account’s 09:00–21:00 to 10:00–19:00 not Sunday, saved in the draft and shown in the summary', async () => {
    await newCampaignOnTypedNumbers();
    expect(screen.getAllByText(/09:00–21:00, every day IST/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Narrow the hours for this campaign' }));
    fireEvent.change(await screen.findByLabelText('Calls from'), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '19:00' } });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'mon-sat' } });
    await waitFor(
      () => expect(savedHours()).toEqual({ opens: '10:00', closes: '19:00', days: [1, 2, 3, 4, 5, 6], widenReason: '' }),
      SETTLE,
    );
    await waitFor(() => expect(screen.getAllByText(/10:00–19:00, Monday to Saturday IST/).length).toBe(2), SETTLE);
  });

  it('asks why before an Indian campaign may call after 21:00, and the summary carries the reason', async () => {
    await newCampaignOnTypedNumbers();
    fireEvent.click(screen.getByRole('button', { name: 'Narrow the hours for this campaign' }));
    fireEvent.change(await screen.findByLabelText('Until'), { target: { value: '22:00' } });
    const reason = await screen.findByLabelText('Why calls outside 09:00–21:00 IST are allowed', undefined, SETTLE);
    await screen.findAllByText(/to call outside them, say why they are allowed/, undefined, SETTLE);
    fireEvent.change(reason, { target: { value: 'Service calls the customer asked for' } });
    await screen.findByText('Allowed because: Service calls the customer asked for', undefined, SETTLE);
    await waitFor(() => expect(savedHours()?.widenReason).toBe('Service calls the customer asked for'), SETTLE);
  });

  it('shows a plan of daily runs when the numbers do not fit in a day, and lets the user end at the close instead', async () => {
    await newCampaignOnTypedNumbers();
    fireEvent.click(screen.getByRole('button', { name: 'Narrow the hours for this campaign' }));
    fireEvent.change(await screen.findByLabelText('Calls from'), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '10:01' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Calls a minute' }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'Calls a minute' }), { target: { value: '1' } });
    const choice = await screen.findByRole('radiogroup', { name: 'More numbers than one day’s calling hours take' }, SETTLE);
    expect((screen.getByRole('radio', { name: /Carry on over the next calling days/ }) as HTMLInputElement).checked).toBe(true);
    expect(choice.textContent).toContain('2 daily runs');
    expect(await screen.findByText(/^2 days: .* 10:00–10:01 IST, 1 number; /, undefined, SETTLE)).toBeVisible();
    expect(screen.getByText('1 call a minute')).toBeVisible();

    fireEvent.click(screen.getByRole('radio', { name: /End when the first day’s hours close/ }));
    await waitFor(() => expect(app?.services.drafts.require(app.services.drafts.list()[0]?.id ?? '').overflow).toBe('close'), SETTLE);
    await waitFor(() => expect(screen.queryByText(/^2 days: /)).toBeNull(), SETTLE);
    expect(await screen.findByText(/About 1 number left uncalled/, undefined, SETTLE)).toBeVisible();
  });
});
