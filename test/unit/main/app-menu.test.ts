import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, contextMenuTemplate, parseTheme, type MenuActions } from '../../../src/main/platform/app-menu';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (c) => calls.push(`command:${c}`),
    setTheme: (t) => calls.push(`theme:${t}`),
    openDocs: () => calls.push('docs'),
    openLogs: () => calls.push('logs'),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) => items(template).find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as (() => void) | undefined)?.();

const options = { packaged: true, appName: 'Campaign Desk', theme: 'system' as const };

describe('the application menu', () => {
  it('sends New campaign, Open sheet, Export and Find to the window with the UI’s shortcuts', () => {
    const { calls, actions } = recorder();
    const menu = appMenuTemplate({ ...options, platform: 'win32' }, actions);
    expect(byLabel(menu, 'New Campaign')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(menu, 'Open Sheet…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(menu, 'Find')?.accelerator).toBe('CmdOrCtrl+F');
    for (const label of ['New Campaign', 'Open Sheet…', 'Export…', 'Find']) click(byLabel(menu, label));
    expect(calls).toEqual(['command:new-campaign', 'command:open-sheet', 'command:export', 'command:find']);
  });

  it('follows macOS: the app menu first, a Window menu, About in the app menu', () => {
    const { actions } = recorder();
    const menu = appMenuTemplate({ ...options, platform: 'darwin' }, actions);
    expect(menu[0]?.role).toBe('appMenu');
    expect(menu.map((m) => m.role ?? m.label)).toEqual(['appMenu', '&File', '&Edit', '&View', 'windowMenu', 'help']);
    expect(byLabel(menu, 'About Campaign Desk')).toBeUndefined();
    expect(items(menu).some((i) => i.role === 'quit')).toBe(false);
  });

  it('follows Windows and Linux: Exit under File, About under Help, no Window menu', () => {
    const { calls, actions } = recorder();
    const menu = appMenuTemplate({ ...options, platform: 'linux' }, actions);
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(items(menu).find((i) => i.role === 'quit')?.label).toBe('E&xit');
    click(byLabel(menu, 'About Campaign Desk'));
    click(byLabel(menu, 'Open Logs Folder'));
    click(byLabel(menu, 'Campaign Desk Documentation'));
    expect(calls).toEqual(['about', 'logs', 'docs']);
  });

  it('offers reload and DevTools only in development', () => {
    const { actions } = recorder();
    const roles = (packaged: boolean) => items(appMenuTemplate({ ...options, packaged, platform: 'linux' }, actions)).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(roles(true)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('switches the theme and shows the one in use', () => {
    const { calls, actions } = recorder();
    const menu = appMenuTemplate({ ...options, theme: 'dark', platform: 'linux' }, actions);
    expect(byLabel(menu, 'Dark')?.checked).toBe(true);
    expect(byLabel(menu, 'Light')?.checked).toBe(false);
    click(byLabel(menu, 'Light'));
    expect(calls).toEqual(['theme:light']);
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('purple')).toBe('system');
    expect(parseTheme(null)).toBe('system');
  });
});

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: false, canSelectAll: true };

  it('offers cut, copy and paste on text fields, each enabled as the field allows', () => {
    const menu = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: flags }) ?? [];
    expect(menu.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([
      ['cut', true],
      ['copy', true],
      ['paste', false],
      ['selectAll', true],
    ]);
  });

  it('offers copy on selected text, and nothing on the rest of the page', () => {
    expect(contextMenuTemplate({ isEditable: false, selectionText: 'Row 12', editFlags: flags })?.map((i) => i.role)).toEqual(['copy']);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags })).toBeNull();
  });
});
