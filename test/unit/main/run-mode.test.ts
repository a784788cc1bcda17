import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, runMode, selectPorts, TEST_HOOKS_GLOBAL } from '../../../src/main/platform/run-mode';
import { makeAppUrlCheck } from '../../../src/main/security';

const hostile = { NODE_ENV: 'test', ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' };

describe('packaged is not development', () => {
  it('an installed app ignores the renderer URL override and test switches, and has no DevTools', () => {
    expect(runMode(true, hostile)).toEqual({ packaged: true, rendererUrl: APP_ENTRY_URL, testHooks: false, devTools: false });
  });

  it('development honours the dev server and, under NODE_ENV=test, the test hooks', () => {
    expect(runMode(false, hostile)).toEqual({ packaged: false, rendererUrl: 'http://127.0.0.1:5173/', testHooks: true, devTools: true });
    expect(runMode(false, {})).toEqual({ packaged: false, rendererUrl: APP_ENTRY_URL, testHooks: false, devTools: true });
  });

  it('never builds the test dialogs nor exposes __deskTest in a packaged app, even with NODE_ENV=test', () => {
    const global = {};
    let testPortsBuilt = false;
    const ports = selectPorts(
      runMode(true, hostile),
      () => ({ kind: 'real' }),
      () => {
        testPortsBuilt = true;
        return { kind: 'test' };
      },
      global,
    );
    expect(ports).toEqual({ kind: 'real' });
    expect(testPortsBuilt).toBe(false);
    expect(TEST_HOOKS_GLOBAL in global).toBe(false);
  });

  it('a test run from source hands the fixture its ports through __deskTest', () => {
    const global: Record<string, unknown> = {};
    const ports = selectPorts(
      runMode(false, { NODE_ENV: 'test' }),
      () => ({ kind: 'real' }),
      () => ({ kind: 'test' }),
      global,
    );
    expect(ports).toEqual({ kind: 'test' });
    expect(global[TEST_HOOKS_GLOBAL]).toBe(ports);
  });

  it('trusts only the app:// origin as the app’s own page', () => {
    const isAppUrl = makeAppUrlCheck(APP_ENTRY_URL);
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('app://desk/index.html#/contacts')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/Campaign Desk/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('http://desk/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
