import { beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItemView, OutboxState } from '../../../src/shared/outbox/schemas';
import { outboxInitial, useOutbox } from '../../../src/renderer/features/outbox/outbox-store';

const T0 = Date.parse('2025-11-20T10:00:00.000Z');

/** A test call that has been through `states`, one history line each, a second apart. */
function testCall(states: OutboxState[]): OutboxItemView {
  const history = states.map((state, i) => ({ at: new Date(T0 + i * 1000).toISOString(), state, message: state }));
  const last = history[history.length - 1] ?? { at: new Date(T0).toISOString(), state: 'queued' as const };
  return {
    id: 'item-1',
    accountId: 'acct-1',
    kind: 'test-call',
    state: last.state,
    title: 'Test call to +919876500000 for “Branch opening”',
    key: 'Test call 2025-11-20 15:30 abc123 · Branch opening',
    dependsOn: null,
    draftId: 'draft-1',
    campaignId: null,
    action: null,
    createdAt: history[0]?.at ?? last.at,
    updatedAt: last.at,
    attempts: states.includes('sending') ? 1 : 0,
    message: last.state,
    choices: last.state === 'failed' ? ['retry'] : [],
    history,
  };
}

describe('the composer’s copy of an outbox item', () => {
  beforeEach(() => useOutbox.setState(outboxInitial));

  it('stays failed when the test call’s own answer, still saying queued, arrives after the events', () => {
    useOutbox.getState().remember(testCall(['queued', 'sending', 'failed']));
    useOutbox.getState().remember(testCall(['queued']));
    expect(useOutbox.getState().items.map((i) => i.state)).toEqual(['failed']);
  });

  it('moves on when a later change arrives after the answer', () => {
    useOutbox.getState().remember(testCall(['queued']));
    useOutbox.getState().remember(testCall(['queued', 'sending']));
    expect(useOutbox.getState().items.map((i) => i.state)).toEqual(['sending']);
  });
});
