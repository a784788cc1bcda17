/** The app's own pages are served from this origin (see app-protocol.ts), never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What differs between an installed app and a development or test run. */
export interface RunMode {
  packaged: boolean;
  /** The page the window loads: the app:// entry, or electron-vite's dev server in development only. */
  rendererUrl: string;
  /** Dialogs answered and links recorded by the e2e fixture (`globalThis.__deskTest`): test runs from source only. */
  testHooks: boolean;
  devTools: boolean;
}

/**
 * Development switches are read from the environment only when the app is not packaged: an installed app
 * ignores ELECTRON_RENDERER_URL and NODE_ENV=test whatever the user's environment holds.
 */
export function runMode(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): RunMode {
  const development = !isPackaged;
  const devServer = development ? env.ELECTRON_RENDERER_URL : undefined;
  return {
    packaged: isPackaged,
    rendererUrl: devServer ? devServer : APP_ENTRY_URL,
    testHooks: development && env.NODE_ENV === 'test',
    devTools: development,
  };
}

export const TEST_HOOKS_GLOBAL = '__deskTest';

/**
 * The desktop ports (dialogs, external links): the real ones, or in a test run the fixture's, which are then
 * reachable through `globalThis.__deskTest`. In a packaged app the test ones are never built.
 */
export function selectPorts<P extends object>(mode: RunMode, real: () => P, test: () => P, global: object = globalThis): P {
  if (!mode.testHooks) return real();
  const hooks = test();
  Object.defineProperty(global, TEST_HOOKS_GLOBAL, { value: hooks, configurable: true });
  return hooks;
}
