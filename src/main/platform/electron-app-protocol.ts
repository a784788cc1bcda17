import { protocol } from 'electron';
import { appProtocolHandler } from './app-protocol';
import { APP_SCHEME } from './run-mode';

/**
 * app:// is a standard, secure origin of its own (so 'self', storage and fetch behave as on https), unlike
 * file://, which would let the page read any file. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves the renderer's folder on app:// (after ready). */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
}
