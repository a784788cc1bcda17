// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCompose } from '../../../src/renderer/features/compose/compose-store';
import { importSheet } from '../../support/import-sheet';
import { descriptionOf } from '../helpers';
import { renderRealApp, sheetFile, type RealApp } from '../support/real-app';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

const SETTLE = { timeout: 5000 };

describe('a saved list with more variables than a dynamic Exotel list takes', () => {
  it('the note under the message and the check before launch say the same: it cannot go as it is', async () => {
    let draftId = '';
    app = await renderRealApp({
      section: 'campaigns',
      before: async (s) => {
        const { listId } = await importSheet(s, sheetFile('wide.csv', 'Name,Phone,A,B,C,D,E\nAsha,9876500001,1,2,3,4,5\n'), 'Wide');
        const draft = s.drafts.create({ kind: 'list', listId });
        const { id: _i, accountId: _a, createdAt: _c, updatedAt: _u, launchedItemId: _l, editsCampaignId: _e, ...fields } = draft;
        s.drafts.save(draft.id, {
          ...fields,
          name: 'Wide call',
          content: { kind: 'text', text: 'Hello @@Name, about @@A', flowType: 'greeting', repeatMenuAttempts: 0 },
        });
        draftId = draft.id;
      },
    });
    await act(() => useCompose.getState().open(draftId));
    const message = await screen.findByRole('textbox', { name: 'Message' });
    const words =
      '“Wide” has 6 variables, and a dynamic Exotel list takes at most 5: import the sheet again keeping at most 5 columns as variables (the message needs @@Name, @@A)';
    await waitFor(() => expect(descriptionOf(message)).toContain(`so this cannot launch: ${words}.`), SETTLE);
    const fix = await screen.findByRole('region', { name: 'To fix before launch' });
    expect(within(fix).getByText(new RegExp(words.replace(/[()@]/g, '.')))).toBeVisible();
    expect((screen.getByRole('button', { name: 'Launch…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(descriptionOf(message)).not.toMatch(/can use any/);
  });
});
