import { app, type BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { createAppServices, type AppServices } from './app-services';
import { createDispatch, type Sender } from './ipc/handle';
import { registerIpc } from './ipc/electron-bridge';
import { createHandlers } from './ipc/registry';
import { UPDATES_OFF } from '../shared/ipc/channels/desktop';
import type { EventName, EventPayload } from '../shared/ipc/contract';
import { registerAppScheme, serveApp } from './platform/electron-app-protocol';
import { logWindowErrors, startLogFile } from './platform/electron-log-file';
import { installAppMenu, installContextMenu } from './platform/electron-menu';
import { bringWindowToFront, listenForOsFiles } from './platform/electron-os-files';
import { electronDesktop, electronDialogs, electronFetch, electronStartupErrors } from './platform/electron-ports';
import { electronNotifier } from './platform/electron-notifier';
import { electronReportPrinter } from './platform/electron-report-printer';
import { startUpdates } from './platform/electron-updates';
import { createKeytarStore, loadKeytar } from './platform/keytar-store';
import { runMode, selectPorts } from './platform/run-mode';
import { QueuedDialogs, RecordingDesktop } from './platform/test-ports';
import type { DesktopUpdates, Updates } from './platform/updates';
import { denyPermissions, installSecurityDefaults, makeAppUrlCheck } from './security';
import { startOrExplain } from './start-up';
import { createMainWindow } from './window';
import { dialectFromEnv } from './sandbox/dialect';

const DOCS_URL = 'https://campaigndesk.app/docs';

// Tests and portable setups point the app at their own folder; everything the app stores lives there.
const userDataOverride = process.env.CAMPAIGN_DESK_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

const mode = runMode(app.isPackaged, process.env);
const isAppUrl = makeAppUrlCheck(mode.rendererUrl);
const { log, folder: logsFolder } = startLogFile();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;
let updates: DesktopUpdates | undefined;

/** Under NODE_ENV=test, in development only, the e2e fixture answers dialogs and records external links. */
const ports = selectPorts(
  mode,
  () => ({ dialogs: electronDialogs(() => mainWindow), desktop: electronDesktop }),
  () => ({ dialogs: new QueuedDialogs(), desktop: new RecordingDesktop() }),
);

const updatesPort: Updates = {
  state: () => updates?.state() ?? UPDATES_OFF,
  restart: () => updates?.restart() ?? false,
};

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
}

function openWindow(current: AppServices): BrowserWindow {
  const window = createMainWindow(current.settings, {
    rendererUrl: mode.rendererUrl,
    devTools: mode.devTools,
    icon: mode.packaged ? undefined : join(__dirname, '../../resources/icon.png'),
  });
  logWindowErrors(window.webContents, log);
  installContextMenu(window.webContents, () => mainWindow);
  window.on('closed', () => {
    mainWindow = null;
  });
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A sheet double-clicked in the OS: from the command line, macOS's open-file, or a second start.
  const osFiles = listenForOsFiles(app, () => bringWindowToFront(mainWindow));

  installSecurityDefaults(app, isAppUrl, (url) => ports.desktop.openExternal(url));

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    serveApp(join(__dirname, '../renderer'));
    const current = await startOrExplain(
      async () =>
        createAppServices({
          userDataDir: app.getPath('userData'),
          secrets: createKeytarStore('Campaign Desk', await loadKeytar()),
          dialogs: ports.dialogs,
          desktop: ports.desktop,
          fetch: electronFetch,
          emit: (event, payload) => send(event, payload),
          notifier: electronNotifier(() => mainWindow),
          shell: 'electron',
          contractChecks: app.isPackaged ? 'strip' : 'strict',
          // Development and the e2e suite may have the Sandbox answer as Exotel's docs show (SANDBOX_DIALECT=docs).
          sandboxDialect: app.isPackaged ? undefined : dialectFromEnv(process.env),
          version: app.getVersion(),
          platform: process.platform,
          updates: updatesPort,
          reportPrinter: electronReportPrinter({ rendererUrl: mode.rendererUrl, preload: join(__dirname, '../preload/index.cjs') }),
        }),
      { ui: electronStartupErrors, log, logsFolder },
    );
    if (!current) return;
    services = current;
    const isTrustedSender = (sender: Sender) => sender.url !== null && isAppUrl(sender.url);
    const dispatch = createDispatch(createHandlers(current), { isTrustedSender, outputs: app.isPackaged ? 'strip' : 'strict' });
    let windowListening = false;
    registerIpc((channel, input, sender) => {
      // The window's first call comes from its start-up, by when it listens for files:opened: sheets the
      // OS handed over (queued until now) can go on to it, granted like a file from the open dialog.
      if (!windowListening && isTrustedSender(sender)) {
        windowListening = true;
        osFiles.attach((path) => current.files.openedByOs(path));
      }
      return dispatch(channel, input, sender);
    });
    installAppMenu({
      packaged: mode.packaged,
      settings: current.settings,
      logsFolder,
      docsUrl: DOCS_URL,
      send: (command) => send('menu:command', { command }),
    });
    mainWindow = openWindow(current);
    updates = startUpdates({
      packaged: mode.packaged,
      settings: current.settings,
      log,
      onChange: (state) => send('update:changed', state),
    });
    app.on('activate', () => {
      if (!mainWindow && services) mainWindow = openWindow(services);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (!services) return;
    // Running jobs finish their cleanup before the store closes; then quit for real.
    event.preventDefault();
    const closing = services;
    services = null;
    void closing.close().finally(() => app.quit());
  });
}
