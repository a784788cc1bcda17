import { fireEvent, screen } from '@testing-library/react';
import { importFromSheet, type FakeList } from '../fake/fake-contacts';
import { fakeFileId } from '../fake/fake-sheets';
import { renderApp } from '../helpers';

/** A saved list whose headers are the `@@` names as written, one contact with no Order ID. */
export function duesList(): FakeList {
  const text = [
    'First Name,Mobile,Order ID',
    'Asha,98765 43210,A-100',
    'Bilal,98450 12345,A-101',
    'Chitra,98200 11223,',
    'Dev,99000 11122,A-103',
  ].join('\n');
  return importFromSheet(
    'list-dues',
    {
      fileId: fakeFileId('/home/staff/dues.csv'),
      encoding: 'utf-8',
      delimiter: ',',
      phoneColumn: 1,
      variables: [
        { column: 0, name: 'First Name' },
        { column: 2, name: 'Order ID' },
      ],
      country: 'IN',
      listName: 'December dues',
    },
    'dues.csv',
    { text, encoding: 'utf-8', delimiter: ',' },
    'sandbox',
    '2026-11-30T05:00:00.000Z',
  );
}

/** The app on the Contacts screen, a campaign started from the list: the composer open on its draft. */
export async function openComposerOnList() {
  const list = duesList();
  const fake = renderApp({ lists: [list] }, 'contacts');
  fireEvent.click(await screen.findByRole('button', { name: /December dues/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Start a campaign with these contacts' }));
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await screen.findByText(/Contact 1 of 4/);
  return { ...fake, list, message };
}

/** Types into the message as a user would: the value changes and the caret ends at the end. */
export function typeMessage(area: HTMLElement, text: string): void {
  const node = area as HTMLTextAreaElement;
  fireEvent.change(node, { target: { value: text, selectionStart: text.length, selectionEnd: text.length } });
}
