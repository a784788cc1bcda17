import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LOG_MAX_BYTES } from '../../../src/main/platform/log-file';

const logs = mkdtempSync(join(tmpdir(), 'desk-logs-'));
const electron = vi.hoisted(() => ({ app: { getPath: vi.fn(), getVersion: () => '1.4.0', isPackaged: true } }));
vi.mock('electron', () => electron);
// electron-log's main-process logger loads Electron; its plain-Node logger is the same logger with the same
// file transport, so the app's setup runs on that one here, writing to a real folder.
vi.mock('electron-log/main', async () => ({ default: (await import('electron-log/node')).default }));
electron.app.getPath.mockImplementation((name: string) => (name === 'logs' ? logs : tmpdir()));

/** The listeners electron-log puts on process 'uncaughtException' and 'unhandledRejection' (untyped in its d.ts). */
interface Catcher {
  handleError(error: Error): void;
  handleRejection(reason: unknown): void;
  showDialog: boolean;
}

const consoleBefore = { ...console };
const { logWindowErrors, startLogFile } = await import('../../../src/main/platform/electron-log-file');
const started = startLogFile();
const mainLog = join(logs, 'main.log');
const written = () => readFileSync(mainLog, 'utf8');

afterAll(async () => {
  const log = (await import('electron-log/node')).default;
  log.errorHandler.stopCatching();
  Object.assign(console, consoleBefore);
});

describe('the log file, as main sets it up', () => {
  it('lives in the OS’s logs folder, which Help › Open Logs Folder opens', () => {
    expect(started.folder).toBe(logs);
    started.log.info('ready');
    expect(written()).toMatch(/Campaign Desk 1\.4\.0 starting on/);
    expect(written()).toContain('ready');
  });

  it('logs an unhandled error or rejection in main with its stack, redacted, and shows no dialog', async () => {
    const catcher = (await import('electron-log/node')).default.errorHandler as unknown as Catcher;
    const boom = new Error('GET https://key1:s3cr3t-token@api.exotel.com/v2 failed with Authorization: Basic a2V5MTpzM2NyM3Q=');
    // What Node's uncaughtException and unhandledRejection hand to electron-log's catcher.
    catcher.handleError(boom);
    catcher.handleRejection(new Error('sync stopped: token=abcdef123456 refused'));
    const text = written();
    expect(text).toMatch(/\[main\] unhandled: Error: GET https:\/\/\[redacted\]@api\.exotel\.com\/v2 failed/);
    expect(text).toMatch(/\[main\] unhandled: Error: sync stopped: token=\[redacted\] refused/);
    expect(text).toContain('electron-log-file.test.ts');
    for (const secret of ['s3cr3t-token', 'a2V5MTpzM2NyM3Q=', 'abcdef123456']) expect(text).not.toContain(secret);
    expect(catcher.showDialog).toBe(false);
  });

  it('logs the window’s uncaught errors, a crash, a preload failure and a page that did not load', () => {
    const contents = new EventEmitter();
    logWindowErrors(contents as unknown as WebContents, started.log);
    contents.emit('console-message', {
      level: 'error',
      message: 'Uncaught TypeError: rows is undefined token=zyxwvu987654',
      sourceId: 'app://desk/assets/index-3f2a.js',
      lineNumber: 88,
    });
    contents.emit('console-message', { level: 'info', message: 'rendered in 12 ms', sourceId: '', lineNumber: 0 });
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 133 });
    contents.emit('preload-error', {}, '/opt/Campaign Desk/resources/app.asar/out/preload/index.js', new Error('contextBridge failed'));
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://desk/index.html');
    const text = written();
    expect(text).toContain('[renderer] Uncaught TypeError: rows is undefined token=[redacted] (assets/index-3f2a.js:88)');
    expect(text).not.toContain('rendered in 12 ms');
    expect(text).toContain('[renderer] gone: oom (exit code 133)');
    expect(text).toMatch(/\[preload\] \/opt\/Campaign Desk\/resources\/app\.asar\/out\/preload\/index\.js: Error: contextBridge failed/);
    expect(text).toContain('[renderer] failed to load app://desk/index.html: ERR_FILE_NOT_FOUND (-6)');
    expect(text).not.toContain('zyxwvu987654');
  });

  it('rotates at the configured size, keeping the previous file as main.old.log', () => {
    const line = `import progress ${'x'.repeat(1000)}`;
    for (let written = 0; written <= LOG_MAX_BYTES; written += line.length) started.log.info(line);
    started.log.info('after the rotation');
    const old = join(logs, 'main.old.log');
    expect(existsSync(old)).toBe(true);
    expect(readFileSync(old, 'utf8')).toContain('import progress xxx');
    expect(statSync(old).size).toBeGreaterThan(LOG_MAX_BYTES);
    expect(written()).toContain('after the rotation');
    expect(statSync(mainLog).size).toBeLessThan(LOG_MAX_BYTES);
  });
});
