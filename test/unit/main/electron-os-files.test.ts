import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, BrowserWindow } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src/main/ipc/handle';
import { createHandlers } from '../../../src/main/ipc/registry';
import { makeServices, type TestServices } from '../../support/services';

// Nothing here may load Electron itself: the glue is driven through stand-ins for its app and window.
vi.mock('electron', () => ({}));
const { bringWindowToFront, listenForOsFiles } = await import('../../../src/main/platform/electron-os-files');

const APP = { url: 'app://desk' };
const dir = mkdtempSync(join(tmpdir(), 'desk-os-files-'));
const dues = join(dir, 'November dues.csv');
const calls = join(dir, 'calls.tsv');
writeFileSync(dues, 'Name,Phone\nAsha,9876543210\n');
writeFileSync(calls, 'Name\tPhone\nRavi\t9876500001\n');

let services: TestServices | null = null;
const argv = process.argv;
afterEach(async () => {
  process.argv = argv;
  await services?.close();
  services = null;
});

/** Electron's app as the OS talks to it: open-file on macOS, second-instance when the app is started again. */
function fakeApp(): App & EventEmitter {
  return new EventEmitter() as App & EventEmitter;
}

/** The sheets as the window hears of them (files:opened), each read back through contacts:inspect by its grant. */
async function openedInWindow(s: TestServices): Promise<Array<{ fileName: string; headers: unknown }>> {
  const dispatch = createDispatch(createHandlers(s), { isTrustedSender: () => true, log: () => undefined });
  const grants = s.events.filter((e) => e.event === 'files:opened').map((e) => e.payload as { fileId: string; fileName: string });
  const out = [];
  for (const grant of grants) {
    const inspected = await dispatch('contacts:inspect', { fileId: grant.fileId }, APP);
    expect(inspected.ok, grant.fileName).toBe(true);
    out.push({ fileName: grant.fileName, headers: (inspected as { data: { headers: unknown } }).data.headers });
  }
  expect(JSON.stringify(s.events)).not.toContain(dir);
  return out;
}

describe('sheets the OS opens with the app', () => {
  it('macOS open-file: handled (not Electron’s default), the window comes forward, the sheet is granted like a chosen file', async () => {
    process.argv = ['/Applications/Campaign Desk.app/Contents/MacOS/Campaign Desk'];
    const app = fakeApp();
    const front = vi.fn();
    const inbox = listenForOsFiles(app, front);
    const event = { preventDefault: vi.fn() };
    // Before ready: macOS sends the file that started the app first.
    app.emit('open-file', event, dues);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(front).toHaveBeenCalledTimes(1);

    services = makeServices();
    const s = services;
    inbox.attach((path) => s.files.openedByOs(path));
    expect(await openedInWindow(s)).toEqual([{ fileName: 'November dues.csv', headers: ['Name', 'Phone'] }]);
  });

  it('Windows and Linux: the first start’s command line, and a second start’s, relative to where it ran', async () => {
    process.argv = ['C:\\Program Files\\Campaign Desk\\Campaign Desk.exe', dues];
    const app = fakeApp();
    const front = vi.fn();
    const inbox = listenForOsFiles(app, front);
    services = makeServices();
    const s = services;
    inbox.attach((path) => s.files.openedByOs(path));

    // Double-clicking another sheet starts a second instance, which hands its command line over and quits.
    app.emit('second-instance', {}, ['/opt/Campaign Desk/campaign-desk', '--no-sandbox', 'calls.tsv', 'notes.txt'], dir);
    expect(front).toHaveBeenCalledTimes(1);
    expect(await openedInWindow(s)).toEqual([
      { fileName: 'November dues.csv', headers: ['Name', 'Phone'] },
      { fileName: 'calls.tsv', headers: ['Name', 'Phone'] },
    ]);
  });

  it('a second start with no sheet only brings the window forward', () => {
    process.argv = ['/opt/Campaign Desk/campaign-desk'];
    const app = fakeApp();
    const front = vi.fn();
    const inbox = listenForOsFiles(app, front);
    const opened: string[] = [];
    inbox.attach((path) => opened.push(path));
    app.emit('second-instance', {}, ['/opt/Campaign Desk/campaign-desk'], dir);
    expect(front).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([]);
  });
});

describe('bringing the window to the front', () => {
  function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
    const done: string[] = [];
    const window = {
      isDestroyed: () => state.destroyed ?? false,
      isMinimized: () => state.minimized ?? false,
      restore: () => done.push('restore'),
      show: () => done.push('show'),
      focus: () => done.push('focus'),
    };
    return { window: window as unknown as BrowserWindow, done };
  }

  it('restores a minimised window, then shows and focuses it', () => {
    const minimised = fakeWindow({ minimized: true });
    bringWindowToFront(minimised.window);
    expect(minimised.done).toEqual(['restore', 'show', 'focus']);
    const behind = fakeWindow();
    bringWindowToFront(behind.window);
    expect(behind.done).toEqual(['show', 'focus']);
  });

  it('does nothing without a window, or with one already closed', () => {
    const closed = fakeWindow({ destroyed: true });
    bringWindowToFront(closed.window);
    expect(closed.done).toEqual([]);
    expect(() => bringWindowToFront(null)).not.toThrow();
  });
});
