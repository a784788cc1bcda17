import { afterEach, describe, expect, it } from 'vitest';
import { makeServices, type TestServices } from '../../support/services';
import { fieldsOf } from '../compose/harness';

let s: TestServices | undefined;
afterEach(() => s?.close());

function sandboxDraft(services: TestServices, name: string): string {
  const draft = services.drafts.create({ kind: 'blank' });
  services.drafts.save(draft.id, {
    ...fieldsOf(services.drafts.get(draft.id)),
    name,
    audience: { kind: 'numbers', text: '9876500001\n9876500002' },
    content: { kind: 'text', text: 'Your order has shipped', flowType: 'greeting', repeatMenuAttempts: 0 },
  });
  return draft.id;
}

describe('Pretend to be offline, on the Sandbox', () => {
  it('is the app’s offline state: the Sandbox launch waits in the outbox and goes out when switched back', async () => {
    s = makeServices();
    const account = s.accounts.activeAccount();
    expect(account?.kind).toBe('sandbox');
    expect(s.network.pretendOffline(true)).toMatchObject({ online: false, pretendOffline: true });
    expect(s.events.at(-1)).toEqual({ event: 'network:changed', payload: expect.objectContaining({ online: false }) });

    const item = await s.compose.launch(sandboxDraft(s, 'Offline try'), 'Offline try', 2);
    expect(item.history.at(-1)?.message).toMatch(/Queued while offline/);
    await s.outbox.idle();
    expect(s.outbox.get(item.id)?.state).toBe('queued');
    // What reads Exotel says offline too, as after a network loss.
    expect(s.campaigns.list().offline).toBe(true);

    const done = s.outbox.track(item.id);
    expect(s.network.pretendOffline(false)).toMatchObject({ online: true, pretendOffline: false });
    expect((await done).view).toMatchObject({ state: 'done', campaignId: expect.any(String) });
    expect(s.campaigns.list().offline).toBe(false);
  });

  it('is kept across a restart of the app', () => {
    s = makeServices();
    s.network.pretendOffline(true);
    const again = makeServices({ userDataDir: s.ports.userDataDir });
    try {
      expect(again.network.state()).toMatchObject({ online: false, pretendOffline: true });
    } finally {
      void again.close();
    }
  });
});
