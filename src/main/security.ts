import type { App, Session, WebContents } from 'electron';
import { isSafeExternalUrl } from './services/app/external-links';
import { APP_SCHEME } from './platform/run-mode';

/** True when a URL belongs to the app's own renderer: the app:// origin or, in development, its dev server. */
export function makeAppUrlCheck(rendererUrl: string): (url: string) => boolean {
  const base = new URL(rendererUrl);
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (base.protocol === 'file:') return url.protocol === 'file:' && url.pathname === base.pathname;
    // A custom scheme's origin reads "null" to the URL parser: compare scheme and host instead.
    if (base.protocol === `${APP_SCHEME}:`) return url.protocol === base.protocol && url.host === base.host;
    return url.origin === base.origin;
  };
}

/** Every web contents the app creates: no new windows, no navigation away, no webviews. */
export function hardenWebContents(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permission prompts (camera, notifications, geolocation, ...) are all refused: the app needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function installSecurityDefaults(app: App, isAppUrl: (url: string) => boolean, openExternal: (url: string) => Promise<void>): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl, openExternal));
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  disableBlinkFeatures: 'Auxclick',
} as const;
