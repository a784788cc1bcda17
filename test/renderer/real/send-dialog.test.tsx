// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importSheet } from '../../support/import-sheet';
import type { TestServices } from '../../support/services';
import { renderRealApp, sheetFile, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const SHEET = ['Name,Phone', 'Asha,9876500001', 'Ravi,9876500002', 'Meena,9876500003'].join('\n');

/** “Pune dues” on the contacts screen, already sent once as a static list, over the real services. */
async function sentAsStatic(): Promise<{ services: TestServices; staticSid: string }> {
  let staticSid = '';
  app = await renderRealApp({
    section: 'contacts',
    before: async (s) => {
      const { listId } = await importSheet(s, sheetFile('pune.csv', SHEET), 'Pune dues');
      await s.jobs.wait(s.contacts.send(listId, 'static').jobId);
      staticSid = s.contacts.get(listId).exotel.find((l) => l.type === 'static')!.sid;
    },
  });
  fireEvent.click(await screen.findByRole('button', { name: /Pune dues/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Send to Exotel' }));
  return { services: app.services, staticSid };
}

describe('the send dialog speaks of each kind of Exotel list on its own', () => {
  it('after a static send, says dynamic makes a list of its own and static reuses the one there, naming no Exotel id', async () => {
    const { staticSid } = await sentAsStatic();
    const dialog = await screen.findByRole('dialog', { name: 'Send “Pune dues” to Exotel' });
    // The list has a Name variable, so dynamic is the kind offered first.
    expect((within(dialog).getByRole('radio', { name: /Dynamic list/ }) as HTMLInputElement).checked).toBe(true);
    const again = within(dialog).getByTestId('send-again');
    expect(again.textContent).toMatch(
      /^This list went to Exotel on this account as a static list today at \d\d:\d\d \S+\. Sending it as dynamic makes its dynamic list, kept apart from the static one and reused by every later dynamic send\.$/,
    );
    expect(again.textContent).not.toMatch(/same Exotel list|does not make a second/);

    fireEvent.click(within(dialog).getByRole('radio', { name: /Static list/ }));
    expect(within(dialog).getByTestId('send-again').textContent).toMatch(
      /Sending it as static again adds only the numbers missing from that same static list; it does not make a second one\.$/,
    );
    expect(dialog.textContent).not.toContain(staticSid);
  });

  it('a cancelled dynamic send says its dynamic list stays on Exotel, without the static list’s id or figures', async () => {
    const { services, staticSid } = await sentAsStatic();
    const dialog = await screen.findByRole('dialog', { name: 'Send “Pune dues” to Exotel' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send 3 numbers' }));
    const sending = await screen.findByRole('dialog', { name: 'Sending “Pune dues” to Exotel' });
    // The Sandbox takes a couple of seconds to process an upload: cancel while it does.
    await within(sending).findByText(/Exotel has taken [0-9,]+ of 3 rows/, undefined, { timeout: 10_000 });
    fireEvent.click(within(sending).getByRole('button', { name: /^Cancel/ }));

    const result = await screen.findByRole('dialog', { name: 'Sending cancelled' }, { timeout: 10_000 });
    const status = within(result).getByRole('status');
    expect(status.textContent).toMatch(
      /Exotel already had the file: it goes on adding the numbers to the dynamic Exotel list of “Pune dues”/,
    );
    expect(status.textContent).toMatch(/that list stays on Exotel\. Sending again as dynamic reuses it/);
    expect(status.textContent).not.toContain(staticSid);
    // The static send's figures are not this send's: no Accepted count is shown for a cancel.
    expect(within(result).queryByText('Accepted')).toBeNull();
    await waitFor(() =>
      expect(
        services.contacts
          .all()[0]
          ?.exotel.map((l) => l.type)
          .sort(),
      ).toEqual(['dynamic', 'static']),
    );
  }, 30_000);
});
