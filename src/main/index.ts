import { app, type BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppServices, type AppServices } from './app-services';
import { createDispatch } from './ipc/handle';
import { registerIpc } from './ipc/electron-bridge';
import { createHandlers } from './ipc/registry';
import type { Desktop } from './platform/desktop';
import type { Dialogs } from './platform/dialogs';
import { electronDesktop, electronDialogs, electronFetch } from './platform/electron-ports';
import { electronNotifier } from './platform/electron-notifier';
import { QueuedDialogs, RecordingDesktop } from './platform/test-ports';
import { createKeytarStore, loadKeytar } from './platform/keytar-store';
import { denyPermissions, installSecurityDefaults, makeAppUrlCheck } from './security';
import { createMainWindow } from './window';

// Tests and portable setups point the app at their own folder; everything the app stores lives there.
const userDataOverride = process.env.CAMPAIGN_DESK_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

const rendererUrl =
  !app.isPackaged && process.env.ELECTRON_RENDERER_URL
    ? process.env.ELECTRON_RENDERER_URL
    : pathToFileURL(join(__dirname, '../renderer/index.html')).href;
const isAppUrl = makeAppUrlCheck(rendererUrl);

let mainWindow: BrowserWindow | null = null;

/** Under NODE_ENV=test the e2e fixture answers dialogs and records external links through `globalThis.__deskTest`. */
function desktopPorts(): { dialogs: Dialogs; desktop: Desktop } {
  if (process.env.NODE_ENV !== 'test') return { dialogs: electronDialogs(() => mainWindow), desktop: electronDesktop };
  const hooks = { dialogs: new QueuedDialogs(), desktop: new RecordingDesktop() };
  (globalThis as unknown as { __deskTest: typeof hooks }).__deskTest = hooks;
  return hooks;
}
const ports = desktopPorts();
let services: AppServices | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  installSecurityDefaults(app, isAppUrl, (url) => ports.desktop.openExternal(url));

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    const keytar = await loadKeytar();
    services = createAppServices({
      userDataDir: app.getPath('userData'),
      secrets: createKeytarStore('Campaign Desk', keytar),
      dialogs: ports.dialogs,
      desktop: ports.desktop,
      fetch: electronFetch,
      emit: (event, payload) => {
        if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
      },
      notifier: electronNotifier(() => mainWindow),
      shell: 'electron',
      version: app.getVersion(),
      platform: process.platform,
    });
    registerIpc(createDispatch(createHandlers(services), { isTrustedSender: (sender) => sender.url !== null && isAppUrl(sender.url) }));
    mainWindow = createMainWindow(services.settings, rendererUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('activate', () => {
      if (!mainWindow && services) mainWindow = createMainWindow(services.settings, rendererUrl);
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
