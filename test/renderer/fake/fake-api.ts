import type { AccountView, KeychainStatus } from '../../../src/shared/accounts/schemas';
import type { ActivityEntry } from '../../../src/shared/activity/schemas';
import { UPDATES_OFF, type UpdateState } from '../../../src/shared/ipc/channels/desktop';
import { AppError } from '../../../src/shared/ipc/result';
import { SANDBOX } from './fake-accounts';
import { FakeCore } from './fake-core';
import { importFromSheet, listId, type FakeList } from './fake-contacts';
import { fakeFileId, fakePathOf, fileNameOf, inspectSheet, type FakeSheet } from './fake-sheets';

export interface FakeOptions {
  accounts?: AccountView[];
  activeId?: string | null;
  lists?: FakeList[];
  sheets?: Record<string, FakeSheet>;
  /** What the native "open" dialog answers; null as if the user cancelled. */
  chooseFilePath?: string | null;
  keychain?: KeychainStatus;
  online?: boolean;
  lastSyncAt?: string | null;
  activity?: ActivityEntry[];
  /** Milliseconds between a job's progress events. */
  stepMs?: number;
  jobSteps?: number;
  now?: () => string;
  /** Where updating stands; off unless a test says otherwise. */
  update?: UpdateState;
}

export type FakeApi = ReturnType<typeof createFakeApi>;

/**
 * A stand-in for main behind `window.api`, with the contract's own input checks, for screens whose tests
 * need states the real services reach only slowly (big lists, long jobs). Accounts, the composer and the outbox are
 * tested over the real services (test/renderer/real).
 */
export function createFakeApi(options: FakeOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const state = {
    accounts: options.accounts ?? [SANDBOX],
    activeId: options.activeId === undefined ? ((options.accounts ?? [SANDBOX])[0]?.id ?? null) : options.activeId,
    lists: new Map((options.lists ?? []).map((l) => [l.view.id, l])),
    sheets: options.sheets ?? {},
    chooseFilePath: options.chooseFilePath ?? null,
    keychain: options.keychain ?? { available: true, message: 'The system keychain is ready.' },
    online: options.online ?? true,
    lastSyncAt: options.lastSyncAt ?? null,
    activity: [...(options.activity ?? [])],
  };
  const core = new FakeCore(options.stepMs ?? 0);
  const steps = options.jobSteps ?? 4;
  const accountsState = () => ({ accounts: state.accounts, activeId: state.activeId });
  const log = (kind: string, level: ActivityEntry['level'], message: string) => {
    state.activity.unshift({ id: state.activity.length + 1, at: now(), accountId: state.activeId, kind, level, message });
  };
  const findList = (id: string) => {
    const list = state.lists.get(id);
    if (!list) throw new AppError('not-found', 'That contact list no longer exists.');
    return list;
  };
  const findAccount = (id: string) => {
    const account = state.accounts.find((a) => a.id === id);
    if (!account) throw new AppError('not-found', 'That account no longer exists.');
    return account;
  };

  core.setHandlers({
    'app:info': () => ({ name: 'Campaign Desk', version: '0.1.0', platform: 'linux', shell: 'web-host' }),
    'desktop:updateState': () => options.update ?? UPDATES_OFF,
    'desktop:restartToUpdate': () => ({ restarting: options.update?.status === 'ready' }),
    // The campaigns browser has its own richer stand-in; here an account synced with no campaigns yet.
    'campaigns:list': () => ({ accountId: state.activeId, sandbox: true, campaigns: [], lastSyncedAt: now(), offline: false }),
    'campaigns:refresh': () => {
      throw new AppError('offline', 'Not available in this stand-in.');
    },
    'campaigns:get': () => {
      throw new AppError('not-found', 'That campaign is not in the list any more.');
    },
    'app:openExternal': () => ({ opened: false }),
    'network:status': () => ({ online: state.online, lastSyncAt: state.lastSyncAt }),
    'jobs:list': () => core.runningJobs(),
    'jobs:cancel': ({ jobId }) => ({ cancelled: core.cancelJob(jobId) }),
    'activity:list': ({ limit }) => state.activity.slice(0, limit),
    'accounts:list': accountsState,
    'keychain:status': () => state.keychain,
    'accounts:setActive': ({ id }) => {
      findAccount(id);
      state.activeId = id;
      return accountsState();
    },
    'contacts:chooseFile': () => ({
      file: state.chooseFilePath ? { fileId: fakeFileId(state.chooseFilePath), fileName: fileNameOf(state.chooseFilePath) } : null,
    }),
    'contacts:inspect': ({ fileId, options: read }) => {
      const path = fakePathOf(fileId);
      return inspectSheet(path, state.sheets[path], read);
    },
    'contacts:import': (settings) => {
      const path = fakePathOf(settings.fileId);
      const sheet = state.sheets[path];
      if (!sheet) throw new AppError('not-found', `Could not find ${path}.`);
      const id = listId();
      const list = importFromSheet(id, settings, fileNameOf(path), sheet, state.activeId, now());
      const total = list.view.counts.rows;
      const jobId = core.startJob({
        kind: 'import',
        title: `Importing ${list.view.sourceFile}`,
        total,
        steps,
        phase: (s) => (s <= 1 ? 'Reading the sheet' : s < steps ? 'Checking numbers' : 'Saving the list'),
        finish: ({ cancelled }) => {
          if (cancelled) return { outcome: 'cancelled', message: 'Import cancelled. Nothing was saved.' };
          state.lists.set(id, list);
          const c = list.view.counts;
          if (sheet.failAtRow) {
            log('import', 'error', `Import of ${list.view.sourceFile} stopped at row ${sheet.failAtRow}.`);
            // Like main's job runner, a failed job carries no result: the wizard must find the kept list itself.
            return {
              outcome: 'failed',
              message: `Row ${sheet.failAtRow} could not be read (a quote is never closed). The ${c.rows} rows before it are saved.`,
            };
          }
          log('import', 'info', `Imported ${list.view.sourceFile}: ${c.valid} valid, ${c.invalid} invalid, ${c.duplicate} duplicate.`);
          return {
            outcome: 'done',
            message: `${c.rows} rows: ${c.valid} valid, ${c.invalid} invalid, ${c.duplicate} duplicate.`,
            result: { listId: id, counts: c },
          };
        },
      });
      return { jobId };
    },
    'contacts:all': () => [...state.lists.values()].map((l) => l.view),
    'contacts:get': ({ id }) => findList(id).view,
    'contacts:rows': ({ listId: id, status, offset, limit }) => findList(id).pages.page(status, offset, limit),
    'contacts:rename': ({ id, name }) => {
      const list = findList(id);
      list.view = { ...list.view, name };
      return list.view;
    },
    'contacts:delete': ({ id }) => ({ deleted: state.lists.delete(id) }),
    'contacts:exportProblems': ({ id }) => {
      const list = findList(id);
      return {
        filePath: `/home/staff/Documents/${list.view.name} problems.csv`,
        rows: list.view.counts.invalid + list.view.counts.duplicate,
      };
    },
    'contacts:send': ({ id, type }) => {
      const list = findList(id);
      if (!state.online) throw new AppError('offline', 'You are offline. The list stays here; send it when you are back online.');
      const account = state.activeId ? findAccount(state.activeId) : null;
      if (!account) throw new AppError('validation', 'Choose an active account first.');
      const valid = list.view.counts.valid;
      const jobId = core.startJob({
        kind: 'upload',
        title: `Sending “${list.view.name}” to Exotel`,
        total: valid,
        steps,
        phase: (s) =>
          type === 'static' ? `Creating contacts (batch ${s})` : s < steps ? 'Uploading the sheet' : 'Waiting for Exotel to process it',
        finish: ({ cancelled }) => {
          if (cancelled) {
            const message =
              type === 'static'
                ? `Sending cancelled. Exotel keeps the numbers it already accepted into the static Exotel list of “${list.view.name}”; sending again as static adds the rest to that same list.`
                : `Sending cancelled, but Exotel already had the file: the dynamic Exotel list of “${list.view.name}” stays on Exotel, and sending again as dynamic reuses it.`;
            return { outcome: 'cancelled', message };
          }
          const failed = Math.min(2, valid);
          const link = { sid: `exo-${id}`, type, sentAt: now(), accepted: valid - failed, duplicates: 0, failed, accountId: account.id };
          // One static and one dynamic Exotel list per list and account, as main keeps them.
          list.view = { ...list.view, exotel: [...list.view.exotel.filter((l) => l.accountId !== account.id || l.type !== type), link] };
          core.emit('contacts:changed', { listId: id });
          log(
            'upload',
            failed ? 'warning' : 'info',
            `Sent “${list.view.name}” to ${account.name}: ${link.accepted} accepted, ${failed} failed.`,
          );
          return {
            outcome: 'done',
            message: `Exotel accepted ${link.accepted} numbers; ${failed} failed because Exotel marks them as DND.`,
            result: { sid: link.sid, type, sentAt: link.sentAt, accepted: link.accepted, duplicates: 0, failed, reused: false },
          };
        },
      });
      return { jobId };
    },
  });

  // Drafts and launches are tested over the real services (test/renderer/real); here the Campaigns screen has none
  // until a test pushes a launch's events itself.
  core.setHandlers({
    'drafts:list': () => [],
    'outbox:list': () => [],
    'drafts:create': () => {
      throw new AppError('offline', 'Not available in this stand-in.');
    },
  });

  return { api: core.api(), core, state };
}
