import { channelNames } from '../../src/shared/ipc/contract';
import { expect, test } from './support/desk';

test.describe('the renderer is boxed in', () => {
  test('no Node, no raw IPC, only the named calls of the contract', async ({ page }) => {
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const api = w.api as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        ipcRenderer: typeof w.ipcRenderer,
        electron: typeof w.electron,
        apiFrozen: Object.isFrozen(api),
        apiKeys: Object.keys(api).sort(),
        genericInvoke: typeof api.invoke,
        apiReplaceable: (() => {
          try {
            w.api = {};
          } catch {
            return false;
          }
          return w.api !== api;
        })(),
      };
    });
    expect(exposed).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      apiFrozen: true,
      genericInvoke: 'undefined',
      apiReplaceable: false,
    });
    const namespaces = [...new Set(channelNames.map((c) => c.split(':')[0]))];
    expect(exposed.apiKeys).toEqual([...namespaces, 'on', 'openDroppedFile'].sort());
  });

  test('every channel answers a malformed payload with a typed validation error', async ({ page }) => {
    const results = await page.evaluate(async (channels) => {
      const api = (window as unknown as { api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> }).api;
      const out: Record<string, unknown> = {};
      for (const channel of channels) {
        const [ns, method] = channel.split(':') as [string, string];
        out[channel] = await api[ns]![method]!({ bogus: true, n: 12345 });
      }
      return out;
    }, channelNames);
    for (const channel of channelNames) {
      expect(results[channel], channel).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  test('the page cannot make main read a file by naming its path', async ({ page }) => {
    const answers = await page.evaluate(async () => {
      const api = (window as unknown as { api: { contacts: { inspect(i: unknown): Promise<unknown> } } }).api;
      return {
        byPath: await api.contacts.inspect({ filePath: '/etc/passwd' }),
        byMadeUpGrant: await api.contacts.inspect({ fileId: '0123456789abcdef0123456789abcdef' }),
      };
    });
    expect(answers.byPath).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(answers.byMadeUpGrant).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.stringify(answers)).not.toContain('root:');
  });

  test('links out of the app open in the browser only when they are safe', async ({ page, desk }) => {
    const answers = await page.evaluate(async () => {
      const api = (window as unknown as { api: { app: { openExternal(i: { url: string }): Promise<unknown> } } }).api;
      return {
        plain: await api.app.openExternal({ url: 'http://my.exotel.com/' }),
        foreign: await api.app.openExternal({ url: 'https://evil.example/' }),
        exotel: await api.app.openExternal({ url: 'https://my.exotel.com/apisettings/site#api-credentials' }),
      };
    });
    expect(answers).toEqual({
      plain: { ok: true, data: { opened: false } },
      foreign: { ok: true, data: { opened: false } },
      exotel: { ok: true, data: { opened: true } },
    });
    expect(await desk.openedExternal()).toEqual(['https://my.exotel.com/apisettings/site#api-credentials']);
  });
});

test('a link out of the app opens in the browser and the window stays on the app', async ({ page, desk }) => {
  const before = page.url();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByRole('link', { name: 'API settings page of your Exotel dashboard' }).click();
  await expect.poll(() => desk.openedExternal()).toEqual(['https://my.exotel.com/apisettings/site#api-credentials']);
  expect(new URL(page.url()).origin).toBe(new URL(before).origin);
  await expect(page.getByRole('form', { name: 'Add account' })).toBeVisible();
});
