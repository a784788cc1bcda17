import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolHandler, RENDERER_CSP, resolveAppPath } from '../../../src/main/platform/app-protocol';

const parent = mkdtempSync(join(tmpdir(), 'campaign-desk-protocol-'));
const root = join(parent, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Campaign Desk</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(parent, 'secret.txt'), 'outside the renderer');
const handle = appProtocolHandler(root);

describe('the app:// protocol', () => {
  it('serves the renderer’s files with their type and the CSP', async () => {
    const page = await handle(new Request('app://desk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await page.text()).toContain('<title>Campaign Desk</title>');
    const script = await handle(new Request('app://desk/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await handle(new Request('app://desk/'))).text()).toContain('Campaign Desk');
  });

  it('keeps the style policy free of unsafe-inline', () => {
    expect(RENDERER_CSP).toContain("style-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-inline');
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
  });

  it('refuses every way out of the renderer’s folder', async () => {
    for (const url of [
      'app://desk/../secret.txt',
      'app://desk/%2e%2e/secret.txt',
      'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/%00index.html',
      'app://desk/%E0%A4%A',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
    expect(resolveAppPath(root, 'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
  });

  it('answers only its own host, only reads, and 404 for what is missing', async () => {
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://desk/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });
});
