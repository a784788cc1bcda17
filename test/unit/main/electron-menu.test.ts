import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/main/store/db';
import { SettingsRepo } from '../../../src/main/store/settings-repo';
import type { MenuCommand } from '../../../src/shared/ipc/channels/desktop';

interface BuiltMenu {
  template: MenuItemConstructorOptions[];
  popup: ReturnType<typeof vi.fn>;
}

const electron = vi.hoisted(() => ({
  app: { getName: () => 'Campaign Desk', showAboutPanel: vi.fn() },
  nativeTheme: { themeSource: 'system' as string },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
  Menu: {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template, popup: vi.fn() })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);
const { installAppMenu, installContextMenu } = await import('../../../src/main/platform/electron-menu');

const LOGS = '/home/asha/.config/Campaign Desk/logs';
const DOCS = 'https://campaigndesk.app/docs';

function settings(): SettingsRepo {
  return new SettingsRepo(openDatabase(mkdtempSync(join(tmpdir(), 'desk-menu-'))));
}

/** The application menu Electron was last given. */
function appMenu(): MenuItemConstructorOptions[] {
  const menu = electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as BuiltMenu | undefined;
  if (!menu) throw new Error('no application menu was set');
  return menu.template;
}

function item(label: string): MenuItemConstructorOptions {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
  const found = all(appMenu()).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const click = (label: string) => (item(label).click as unknown as () => void)();

beforeEach(() => {
  vi.clearAllMocks();
  electron.nativeTheme.themeSource = 'system';
});

describe('the application menu in Electron', () => {
  it('is built and set as the app’s menu, and its commands go to the window', () => {
    const sent: MenuCommand[] = [];
    installAppMenu({ packaged: true, settings: settings(), logsFolder: LOGS, docsUrl: DOCS, send: (c) => sent.push(c) });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(appMenu().map((m) => m.label)).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
    for (const label of ['New Campaign', 'Open Sheet…', 'Export…', 'Find']) click(label);
    expect(sent).toEqual(['new-campaign', 'open-sheet', 'export', 'find']);
  });

  it('opens the logs folder, the documentation and About through the desktop', () => {
    installAppMenu({ packaged: true, settings: settings(), logsFolder: LOGS, docsUrl: DOCS, send: () => undefined });
    click('Open Logs Folder');
    expect(electron.shell.openPath).toHaveBeenCalledWith(LOGS);
    click('Campaign Desk Documentation');
    expect(electron.shell.openExternal).toHaveBeenCalledWith(DOCS);
    click('About Campaign Desk');
    expect(electron.app.showAboutPanel).toHaveBeenCalled();
  });

  it('starts in the saved theme, and a new choice is applied, saved and shown checked', () => {
    const store = settings();
    store.set('theme', 'dark');
    installAppMenu({ packaged: true, settings: store, logsFolder: LOGS, docsUrl: DOCS, send: () => undefined });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(item('Dark').checked).toBe(true);

    click('Light');
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(store.get('theme')).toBe('light');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(item('Light').checked).toBe(true);
    expect(item('Dark').checked).toBe(false);
  });
});

describe('the context menu in Electron', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

  function wired(window: BrowserWindow | null) {
    const contents = new EventEmitter();
    installContextMenu(contents as unknown as WebContents, () => window);
    return contents;
  }

  it('pops up cut, copy and paste over a text field, in the app’s window', () => {
    const window = {} as BrowserWindow;
    wired(window).emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags: flags });
    const menu = electron.Menu.buildFromTemplate.mock.results.at(-1)?.value as BuiltMenu;
    expect(menu.template.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(menu.popup).toHaveBeenCalledWith({ window });
  });

  it('shows nothing on the rest of the page, or once the window is gone', () => {
    wired({} as BrowserWindow).emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags: flags });
    wired(null).emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags: flags });
    expect(electron.Menu.buildFromTemplate).not.toHaveBeenCalled();
  });
});
