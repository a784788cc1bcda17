import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels/desktop';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_SETTING = 'theme';

export function parseTheme(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export interface MenuActions {
  /** Passes a command to the window, which acts on it as on its keyboard shortcut. */
  command(command: MenuCommand): void;
  setTheme(theme: ThemeChoice): void;
  openDocs(): void;
  openLogs(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools exist only in development. */
  packaged: boolean;
  appName: string;
  theme: ThemeChoice;
}

/**
 * The application menu, following each OS's conventions: macOS gets the app menu (About, Hide, Quit) and a
 * Window menu; Windows and Linux get Quit under File and About under Help. The shortcuts are the window's own
 * (Ctrl/Cmd+N, O, F); Esc stays with the window, where it closes dialogs.
 */
export function appMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const themeItem = (theme: ThemeChoice, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.theme === theme,
    click: () => actions.setTheme(theme),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ label: options.appName, role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'New Campaign', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-campaign') },
        { label: 'Open Sheet…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('open-sheet') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.command('export') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Theme', submenu: [themeItem('system', 'Same as the System'), themeItem('light', 'Light'), themeItem('dark', 'Dark')] },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.packaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
  );
  if (mac) template.push({ role: 'windowMenu' });
  template.push({
    label: '&Help',
    role: 'help',
    submenu: [
      { label: `${options.appName} Documentation`, click: () => actions.openDocs() },
      { label: 'Open Logs Folder', click: () => actions.openLogs() },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: `About ${options.appName}`, click: () => actions.about() },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  });
  return template;
}

/** What Electron tells about a right-click (a subset of ContextMenuParams). */
export interface ContextTarget {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** Cut, copy and paste on text fields; copy on selected text elsewhere; nothing otherwise. */
export function contextMenuTemplate(target: ContextTarget): MenuItemConstructorOptions[] | null {
  const { editFlags: can } = target;
  if (target.isEditable) {
    return [
      { role: 'cut', enabled: can.canCut },
      { role: 'copy', enabled: can.canCopy },
      { role: 'paste', enabled: can.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: can.canSelectAll },
    ];
  }
  if (target.selectionText.trim()) return [{ role: 'copy', enabled: can.canCopy }];
  return null;
}
