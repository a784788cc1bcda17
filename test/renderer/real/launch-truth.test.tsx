// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServices } from '../../support/services';
import { renderRealApp, type RealApp } from '../support/real-app';

const SETTLE = { timeout: 20_000 };

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

/** Tomorrow at 10:30 in India, as the composer's "Start later" field holds it. */
function tomorrowAt1030(): string {
  const day = new Date(Date.now() + 24 * 3_600_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' });
  return `${day}T10:30`;
}

async function scheduledOnSandbox(s: TestServices): Promise<void> {
  const draft = s.drafts.create({ kind: 'blank' });
  const {
    id: _id,
    accountId: _a,
    createdAt: _c,
    updatedAt: _u,
    launchedItemId: _l,
    editsCampaignId: _e,
    ...fields
  } = s.drafts.get(draft.id);
  s.drafts.save(draft.id, {
    ...fields,
    name: 'Tomorrow’s reminder',
    audience: { kind: 'numbers', text: '9876500001\n9876500002\n9876500003' },
    content: { kind: 'text', text: 'Your appointment is tomorrow.', flowType: 'greeting', repeatMenuAttempts: 0 },
    schedule: { kind: 'later', sendAt: tomorrowAt1030(), endAt: '', timeZone: 'Asia/Kolkata' },
  });
  const item = await s.compose.launch(draft.id, 'Tomorrow’s reminder', 3);
  await s.outbox.track(item.id);
  // Exotel's copy read into the local list, as the background sync does.
  await s.jobs.wait(s.campaigns.refresh().jobId);
}

describe('what the Campaigns screen says after a launch', () => {
  it('Launch shows the new campaign on its way, then opens its detail (not another campaign’s)', async () => {
    app = await renderRealApp({ section: 'campaigns' });
    await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    const name = (await screen.findByRole('textbox', { name: 'Campaign name' }, SETTLE)) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Launched just now' } });
    fireEvent.click(screen.getByRole('radio', { name: /Numbers I type/ }));
    fireEvent.change(await screen.findByLabelText(/Numbers/, { selector: 'textarea' }), {
      target: { value: '98765 43210\n+91 98450 12345' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'Your order has shipped.' } });
    const launch = screen.getByRole('button', { name: 'Launch…' }) as HTMLButtonElement;
    await waitFor(() => expect(launch.disabled).toBe(false), SETTLE);
    fireEvent.click(launch);
    fireEvent.click(await screen.findByRole('button', { name: 'Launch and call 2 numbers' }));

    await screen.findByRole('article', { name: 'Campaign Launched just now' }, SETTLE);
    const current = screen.getByRole('list', { name: 'Campaigns' }).querySelector('[aria-current="true"]');
    expect(current?.textContent).toContain('Launched just now');
  }, 30_000);

  it('a scheduled campaign says how many numbers it will call and when it starts, not “0 of 0 done”', async () => {
    app = await renderRealApp({ section: 'campaigns', before: scheduledOnSandbox });
    const list = await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
    await waitFor(() => expect(within(list).getByText('Tomorrow’s reminder')).toBeVisible(), SETTLE);
    const row = within(list).getByText('Tomorrow’s reminder').closest('li') as HTMLElement;
    expect(row.textContent).toMatch(/3 numbers · starts (\d+ \w+ )?\d\d:\d\d \S+/);
    expect(row.textContent).not.toMatch(/0 of 0 done/);
    // The start is the only time on the row: the creation time beside it read as part of it.
    expect(row.textContent?.match(/\d\d:\d\d/g)).toHaveLength(1);

    // Its detail counts the same three numbers, not "Total 0 numbers".
    fireEvent.click(within(row).getByText('Tomorrow’s reminder'));
    const detail = await screen.findByRole('article', { name: 'Campaign Tomorrow’s reminder' }, SETTLE);
    const total = await within(detail).findByTestId('outcome-total', {}, SETTLE);
    expect(total.textContent).toBe('Total3numbers to call');
    expect(within(detail).getByText(/^3 numbers to call once it starts/)).toBeVisible();
  }, 30_000);

  it('the bar calls a number waiting for its retry “Retry due”, never the chips’ “Busy” or “No answer”', async () => {
    app = await renderRealApp({ section: 'campaigns' });
    const outcomes = await screen.findByRole('region', { name: 'Numbers by outcome' }, SETTLE);
    const text = `${within(outcomes).getByRole('img').getAttribute('aria-label') ?? ''} ${outcomes.textContent ?? ''}`;
    expect(text).toMatch(/Retry due/);
    expect(text).not.toMatch(/Busy \/ no answer/);
  }, 30_000);
});
