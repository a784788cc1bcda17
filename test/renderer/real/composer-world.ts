import { fireEvent, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { importSheet } from '../../support/import-sheet';
import { renderRealApp, sheetFile, type RealApp } from '../support/real-app';

// A saved list whose headers are the `@@` names as written, one contact with no Order ID.
const DUES = [
  'First Name,Mobile,Order ID',
  'Asha,98765 43210,A-100',
  'Bilal,98450 12345,A-101',
  'Chitra,98200 11223,',
  'Dev,99000 11122,A-103',
].join('\n');

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

/** The app on the Contacts screen over the real services, a campaign started from the list: the composer open on its draft. */
export async function openComposerOnList() {
  app = await renderRealApp({
    section: 'contacts',
    before: async (services) => {
      await importSheet(services, sheetFile('dues.csv', DUES), 'December dues');
    },
  });
  fireEvent.click(await screen.findByRole('button', { name: /December dues/ }, { timeout: 5000 }));
  fireEvent.click(await screen.findByRole('button', { name: 'Start a campaign with these contacts' }));
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await screen.findByText(/Contact 1 of 4/, undefined, { timeout: 5000 });
  return { ...app, message };
}

/** Types into the message as a user would: the value changes and the caret ends at the end. */
export function typeMessage(area: HTMLElement, text: string): void {
  const node = area as HTMLTextAreaElement;
  fireEvent.change(node, { target: { value: text, selectionStart: text.length, selectionEnd: text.length } });
}
