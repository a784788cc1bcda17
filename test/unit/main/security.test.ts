import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { hardenWebContents, makeAppUrlCheck, SECURE_WEB_PREFERENCES } from '../../../src/main/security';
import { isSafeExternalUrl } from '../../../src/main/services/app/external-links';

type Handler = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  };
  return {
    contents: contents as unknown as WebContents,
    navigate(name: string, url: string) {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('Electron security', () => {
  const isAppUrl = makeAppUrlCheck('file:///opt/desk/out/renderer/index.html');

  it('keeps navigation inside the app’s own page', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, isAppUrl, async () => undefined);
    expect(f.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(f.navigate('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(f.navigate('will-navigate', 'file:///opt/desk/out/renderer/index.html#/accounts')).toBe(false);
  });

  it('denies every new window, opening only allowlisted https links in the browser', async () => {
    const f = fakeContents();
    const opened: string[] = [];
    hardenWebContents(f.contents, isAppUrl, async (url) => void opened.push(url));
    expect(f.open('https://my.exotel.com/apisettings')).toEqual({ action: 'deny' });
    expect(f.open('http://my.exotel.com/')).toEqual({ action: 'deny' });
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://my.exotel.com/apisettings']);
  });

  it('refuses webviews', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, isAppUrl, async () => undefined);
    expect(f.navigate('will-attach-webview', 'https://anything')).toBe(true);
  });

  it('opens windows isolated, sandboxed and without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
  });

  it('checks external links: https, allowlisted host, no credentials', () => {
    expect(isSafeExternalUrl('https://support.exotel.com/support/solutions')).toBe(true);
    expect(isSafeExternalUrl('https://exotel.com.evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@my.exotel.com/')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('treats a dev server origin as the app, and nothing else', () => {
    const dev = makeAppUrlCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});
