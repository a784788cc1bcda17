import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import { importSheet } from '../../support/import-sheet';
import { makeServices, type TestServices } from '../../support/services';
import { fieldsOf, writeSheet } from '../compose/harness';

let s: TestServices | undefined;
afterEach(() => s?.close());

describe('a launch waiting on its list’s send', () => {
  it('shows Exotel’s own counts of the upload as it takes the rows, then the campaign goes', async () => {
    const seen: OutboxItemView[] = [];
    s = makeServices({ onEvent: (event, payload) => (event === 'outbox:changed' ? seen.push(payload as OutboxItemView) : undefined) });
    const lines = ['Name,Phone,City', ...Array.from({ length: 3000 }, (_, i) => `Asha ${i},98${String(76_500_000 + i)},Pune`)];
    const { listId } = await importSheet(s, writeSheet('dues.csv', lines), 'Dues');
    const draft = s.drafts.create({ kind: 'list', listId });
    s.drafts.save(draft.id, {
      ...fieldsOf(s.drafts.get(draft.id)),
      name: 'Dues with city',
      content: { kind: 'text', text: 'Hello @@Name from @@City', flowType: 'greeting', repeatMenuAttempts: 0 },
    });
    const item = await s.compose.launch(draft.id, 'Dues with city', 3000);
    const done = await s.outbox.track(item.id);
    expect(done.view.state).toBe('done');

    const send = seen.filter((v) => v.kind === 'list-send' && v.progress?.phase === 'Exotel is processing the file');
    const taken = send.map((v) => v.progress?.done ?? 0);
    // Read while Exotel works: some counts between none and all, growing, in the words the user reads.
    expect(taken.some((n) => n > 0 && n < 3000)).toBe(true);
    expect([...taken].sort((a, b) => a - b)).toEqual(taken);
    expect(send.at(-1)?.progress).toMatchObject({ done: 3000, total: 3000, message: 'Exotel has taken 3,000 of 3,000 rows' });
    // Once the send is over its item no longer carries progress.
    expect(s.outbox.get(item.dependsOn ?? '')?.progress).toBeUndefined();
  }, 30_000);
});
