import { app, Menu, nativeTheme, shell, type BrowserWindow, type WebContents } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels/desktop';
import type { SettingsRepo } from '../store/settings-repo';
import { appMenuTemplate, contextMenuTemplate, parseTheme, THEME_SETTING, type ThemeChoice } from './app-menu';

export interface MenuWiring {
  packaged: boolean;
  settings: SettingsRepo;
  logsFolder: string;
  docsUrl: string;
  send(command: MenuCommand): void;
}

/** The theme follows nativeTheme, which drives the window's prefers-color-scheme: the CSS needs nothing else. */
export function applySavedTheme(settings: SettingsRepo): ThemeChoice {
  const theme = parseTheme(settings.get(THEME_SETTING));
  nativeTheme.themeSource = theme;
  return theme;
}

export function installAppMenu(wiring: MenuWiring): void {
  const build = (theme: ThemeChoice) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(
          { platform: process.platform, packaged: wiring.packaged, appName: app.getName(), theme },
          {
            command: wiring.send,
            setTheme: (next) => {
              wiring.settings.set(THEME_SETTING, next);
              nativeTheme.themeSource = next;
              build(next);
            },
            openDocs: () => void shell.openExternal(wiring.docsUrl),
            openLogs: () => void shell.openPath(wiring.logsFolder),
            about: () => app.showAboutPanel(),
          },
        ),
      ),
    );
  build(applySavedTheme(wiring.settings));
}

/** Right-click on a text field: cut, copy, paste. */
export function installContextMenu(contents: WebContents, window: () => BrowserWindow | null): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    const owner = window();
    if (template && owner) Menu.buildFromTemplate(template).popup({ window: owner });
  });
}
