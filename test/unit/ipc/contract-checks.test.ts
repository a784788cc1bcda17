import { afterEach, describe, expect, it } from 'vitest';
import { checkAgainst, checkedEmit } from '../../../src/main/ipc/contract-check';
import { createDispatch } from '../../../src/main/ipc/handle';
import { createHandlers } from '../../../src/main/ipc/registry';
import { JobFinished } from '../../../src/shared/jobs/schemas';
import { makeServices, type TestServices } from '../../support/services';

const APP = { url: 'app://desk' };
let services: TestServices;
afterEach(() => services?.close());

function dispatchWith(mode: 'strict' | 'strip', patch: (h: ReturnType<typeof createHandlers>) => void) {
  services = makeServices();
  const handlers = createHandlers(services);
  patch(handlers);
  return createDispatch(handlers, { isTrustedSender: () => true, log: () => undefined, outputs: mode });
}

describe('the contract checks what main sends back', () => {
  it('in development and tests, an answer that does not match its schema is an error, not data', async () => {
    const dispatch = dispatchWith('strict', (h) => {
      h['network:status'] = () => ({ online: 'yes' }) as never;
    });
    expect(await dispatch('network:status', undefined, APP)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('in the packaged app, keys the contract does not declare are stripped from answers', async () => {
    const dispatch = dispatchWith('strip', (h) => {
      h['network:status'] = () => ({ online: true, lastSyncAt: null, token: 'should-not-cross' }) as never;
    });
    expect(await dispatch('network:status', undefined, APP)).toEqual({ ok: true, data: { online: true, lastSyncAt: null } });
  });

  it('in the packaged app, an answer that does not match still loses every key the contract does not declare', async () => {
    const logged: string[] = [];
    services = makeServices();
    const handlers = createHandlers(services);
    const real = handlers['accounts:list'];
    handlers['accounts:list'] = async (input) => {
      const state = await real(input);
      // A drifted field beside keys that must never reach the window.
      return {
        ...state,
        accounts: state.accounts.map((a) => ({ ...a, region: 42, apiToken: 'tok-should-not-cross', nested: { secret: 'x' } })),
      } as never;
    };
    const dispatch = createDispatch(handlers, { isTrustedSender: () => true, log: (m) => logged.push(m), outputs: 'strip' });
    const answer = await dispatch('accounts:list', undefined, APP);
    expect(answer).toMatchObject({ ok: true, data: { accounts: [{ kind: 'sandbox', region: 42 }] } });
    expect(JSON.stringify(answer)).not.toMatch(/apiToken|tok-should-not-cross|nested/);
    expect(logged.join('\n')).toMatch(/accounts:list\] answer does not match the contract: accounts\.0\.region/);
  });

  it('strips a mismatched value inside lists and unions by the shape it was meant to have', () => {
    const done = { jobId: 'j', title: 't', outcome: 'done', message: 'm', kind: 'import' };
    const stripped = checkAgainst(
      JobFinished,
      { ...done, password: 'p', result: { listId: 'l1', counts: { rows: 'one', cookie: 'c' }, token: 'x' } },
      'event job:finished',
      'strip',
      () => undefined,
    );
    expect(stripped).toEqual({ ...done, result: { listId: 'l1', counts: { rows: 'one' } } });
  });

  it('checks every event payload: strict throws at the sender, strip drops unknown keys', () => {
    const sent: unknown[] = [];
    const strict = checkedEmit((_e, p) => sent.push(p), 'strict');
    expect(() => strict('contacts:changed', { listId: 7 } as never)).toThrow(/event contacts:changed does not match the contract: listId/);
    const strip = checkedEmit((_e, p) => sent.push(p), 'strip');
    strip('contacts:changed', { listId: 'l1', extra: 'x' } as never);
    strip('contacts:changed', { listId: 7, extra: 'x' } as never);
    expect(sent).toEqual([{ listId: 'l1' }, { listId: 7 }]);
  });

  it('the real services answer every read channel in the contract’s shape', async () => {
    services = makeServices();
    const dispatch = createDispatch(createHandlers(services), { isTrustedSender: () => true, log: () => undefined, outputs: 'strict' });
    for (const [channel, input] of [
      ['app:info', undefined],
      ['network:status', undefined],
      ['jobs:list', undefined],
      ['activity:list', { limit: 5 }],
      ['accounts:list', undefined],
      ['keychain:status', undefined],
      ['contacts:all', undefined],
      ['campaigns:list', undefined],
    ] as const) {
      expect(await dispatch(channel, input, APP), channel).toMatchObject({ ok: true });
    }
  });
});

describe('job results, one schema per kind', () => {
  it('reads job-finished as a union on the kind, each with its own result', () => {
    const done = { jobId: 'j', title: 't', outcome: 'done', message: 'm' };
    const counts = { rows: 1, valid: 1, invalid: 0, duplicate: 0, skippedEmpty: 0, ragged: 0, invalidReasons: {} };
    expect(JobFinished.safeParse({ ...done, kind: 'import', result: { listId: 'l1', counts } }).success).toBe(true);
    // What a stand-in once sent for an import: the counts were missing.
    expect(JobFinished.safeParse({ ...done, kind: 'import', result: { listId: 'l1' } }).success).toBe(false);
    // An upload's result is not an import's.
    expect(JobFinished.safeParse({ ...done, kind: 'upload', result: { listId: 'l1', counts } }).success).toBe(false);
    expect(JobFinished.safeParse({ ...done, kind: 'sync', result: { campaigns: 3, changed: 1, removed: 0, unreadable: 0 } }).success).toBe(
      true,
    );
    expect(JobFinished.safeParse({ ...done, kind: 'teleport' }).success).toBe(false);
  });

  it('a job whose result does not match its kind fails loudly in tests', async () => {
    services = makeServices();
    const { jobId } = services.jobs.start({
      kind: 'import',
      title: 'Wrong shape',
      accountId: null,
      work: async () => ({ listId: 'l1' }),
      describe: () => 'done',
    });
    await expect(services.jobs.wait(jobId)).rejects.toThrow(/event job:finished does not match the contract/);
  });
});
