import Database from 'libsql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME, LATEST_SCHEMA } from '../../../src/main/store/db';
import { makeServices } from '../../support/services';

const electron = vi.hoisted(() => ({
  dialog: { showErrorBox: vi.fn<(title: string, message: string) => void>() },
  app: { quit: vi.fn<() => void>() },
}));
vi.mock('electron', () => electron);

const { electronStartupErrors } = await import('../../../src/main/platform/electron-ports');
const { startOrExplain, STARTUP_ERROR_TITLE } = await import('../../../src/main/start-up');

const LOGS = '/home/asha/.config/Campaign Desk/logs';

function deps() {
  const logged: string[] = [];
  return {
    logged,
    deps: { ui: electronStartupErrors, log: { error: (...data: unknown[]) => logged.push(data.join(' ')) }, logsFolder: LOGS },
  };
}

/** A data folder whose database a newer version of the app wrote. */
function folderFromNewerVersion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-newer-'));
  const db = new Database(join(dir, DB_FILE_NAME));
  db.exec(`PRAGMA user_version = ${LATEST_SCHEMA + 1}`);
  db.close();
  return dir;
}

beforeEach(() => {
  electron.dialog.showErrorBox.mockClear();
  electron.app.quit.mockClear();
});

describe('when the app cannot start', () => {
  let opened: { close(): Promise<void> } | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
  });

  it('tells the user in a plain box that the data is from a newer version, and quits', async () => {
    const { logged, deps: d } = deps();
    const services = await startOrExplain(() => makeServices({ userDataDir: folderFromNewerVersion() }), d);
    expect(services).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe(STARTUP_ERROR_TITLE);
    expect(message).toMatch(/saved by a newer version of Campaign Desk.*Nothing was changed/);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(logged.join('\n')).toMatch(/start-up failed: AppError: .*newer version/);
  });

  it('keeps a technical failure in the log and shows plain words that say where the log is', async () => {
    const { logged, deps: d } = deps();
    const services = await startOrExplain(async () => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file /home/asha/.config/x.db token=abcdef123456');
    }, d);
    expect(services).toBeNull();
    const [, message] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(message).toContain(LOGS);
    expect(message).not.toMatch(/SQLITE|database file|abcdef123456/);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(logged.join('\n')).toContain('SQLITE_CANTOPEN');
    expect(logged.join('\n')).not.toContain('abcdef123456');
  });

  it('starts as usual when the data opens, with no box and no quit', async () => {
    const { deps: d } = deps();
    const services = await startOrExplain(() => makeServices(), d);
    opened = services;
    expect(services?.accounts.activeAccount()).toMatchObject({ kind: 'sandbox' });
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});
