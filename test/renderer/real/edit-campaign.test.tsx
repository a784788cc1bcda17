// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toRfc3339InZone } from '../../../src/shared/compose/zoned-time';
import type { CampaignCreateInput } from '../../../src/shared/exotel';
import type { TestServices } from '../../support/services';
import { renderRealApp, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const HOUR = 3_600_000;
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `+9198765${String(10_000 + i)}`);

/**
 * Three campaigns on the Sandbox, read into the app: one that starts in three hours, one calling now, one
 * finished. The Sandbox's clock is moved five minutes on, as if they had been made earlier.
 */
async function threeCampaigns(s: TestServices): Promise<void> {
  const account = s.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  const client = await s.access.clientFor(account);
  const make = (input: Partial<CampaignCreateInput>) =>
    client.campaigns.create({
      callerId: '08047112233',
      readViaText: 'Your dues are pending.',
      flowType: 'greeting',
      from: numbers(2),
      ...input,
    });
  const later = toRfc3339InZone(new Date(s.sandbox.sandbox.clock.now() + 3 * HOUR), 'Asia/Kolkata');
  await make({ name: 'Edit me later', schedule: { sendAt: later } });
  await make({ name: 'Calling right now', from: numbers(4000) });
  await make({ name: 'All done already' });
  s.sandbox.sandbox.clock.advance(5 * 60_000);
  await s.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
}

async function openCampaign(name: string) {
  const list = await screen.findByRole('list', { name: 'Campaigns' });
  fireEvent.click(within(list).getByRole('button', { name: new RegExp(name) }));
  return screen.findByRole('article', { name: `Campaign ${name}` });
}

function settingsOf(s: TestServices, name: string) {
  return s.sandbox.sandbox.snapshot().campaigns.find((c) => c.settings.name === name)?.settings;
}

describe('Edit on a campaign’s detail', () => {
  it('before the start: opens the composer on the campaign, says what will change, and saves it to Exotel', async () => {
    app = await renderRealApp({ section: 'campaigns', before: threeCampaigns });
    const detail = await openCampaign('Edit me later');
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit' }));

    const composer = await screen.findByLabelText('Edit campaign “Edit me later”');
    expect(within(composer).queryByRole('button', { name: 'Launch…' })).toBeNull();
    const save = within(composer).getByRole('button', { name: 'Save changes…' });
    const message = within(composer).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(message.value).toBe('Your dues are pending.');
    await within(composer).findByText(/Nothing has changed yet/);
    expect(save.hasAttribute('disabled')).toBe(true);

    fireEvent.change(message, { target: { value: 'Your dues of March are pending.', selectionStart: 31, selectionEnd: 31 } });
    const changes = await within(composer).findByLabelText('Changes');
    await waitFor(() => expect(changes.textContent).toContain('“Your dues are pending.” → “Your dues of March are pending.”'));
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));

    fireEvent.click(save);
    const confirm = await screen.findByRole('dialog', { name: 'Save changes to “Edit me later”?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Save 1 change' }));
    await waitFor(() => expect(screen.queryByLabelText('Edit campaign “Edit me later”')).toBeNull());
    await app.services.outbox.idle();
    expect(settingsOf(app.services, 'Edit me later')).toMatchObject({ read_via_text: 'Your dues of March are pending.', from: numbers(2) });
  });

  it('after the start: only the three report addresses, in a small dialog', async () => {
    app = await renderRealApp({ section: 'campaigns', before: threeCampaigns });
    const detail = await openCampaign('Calling right now');
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit' }));
    // The dialog's code loads when it is first opened.
    const dialog = await screen.findByRole('dialog', { name: 'Report addresses of “Calling right now”' }, { timeout: 5000 });
    expect(within(dialog).getAllByRole('textbox')).toHaveLength(3);
    expect(within(dialog).getByText(/It has started: Exotel now lets only the three report addresses change/)).toBeVisible();
    fireEvent.change(within(dialog).getByLabelText('When the campaign ends'), { target: { value: 'https://hooks.example.com/done' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await app.services.outbox.idle();
    expect(settingsOf(app.services, 'Calling right now')?.status_callback).toBe('https://hooks.example.com/done');
  });

  it('a finished campaign: Edit is disabled and says why', async () => {
    app = await renderRealApp({ section: 'campaigns', before: threeCampaigns });
    const detail = await openCampaign('All done already');
    const edit = within(detail).getByRole('button', { name: 'Edit' });
    expect(edit.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(edit.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'This campaign is completed: Exotel keeps a finished campaign as it is.',
    );
    expect(edit.parentElement?.getAttribute('title')).toMatch(/^This campaign is completed/);
  });
});
