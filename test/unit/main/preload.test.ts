import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src/shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, data: 'answer' }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (event: string, l: (event: unknown, payload: unknown) => void) => listeners.set(event, l),
    removeListener: (event: string) => listeners.delete(event),
  },
  webUtils: { getPathForFile: () => '/home/user/leads.csv' },
}));

type Api = Record<string, unknown> & {
  accounts: { list(): Promise<unknown>; setActive(i: unknown): Promise<unknown> };
  on(event: string, cb: (payload: unknown) => void): () => void;
};

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('../../../src/preload/index');
  });

  it('exposes one named call per channel and nothing generic', () => {
    const api = exposed.api as Api;
    for (const channel of channelNames) {
      const [ns, method] = channel.split(':') as [string, string];
      expect(typeof (api[ns] as Record<string, unknown>)[method], channel).toBe('function');
    }
    expect(api.invoke).toBeUndefined();
    expect(api.send).toBeUndefined();
    expect(api.ipcRenderer).toBeUndefined();
  });

  it('sends each call on its own channel', async () => {
    const api = exposed.api as Api;
    await expect(api.accounts.setActive({ id: 'a1' })).resolves.toEqual({ ok: true, data: 'answer' });
    expect(invoke).toHaveBeenLastCalledWith('accounts:setActive', { id: 'a1' });
  });

  it('passes a dropped file to main on its own channel as the path Electron gives, and none when it has none', async () => {
    const api = exposed.api as Api & { openDroppedFile(file: File): Promise<unknown> };
    await api.openDroppedFile(new File(['x'], 'leads.csv'));
    expect(invoke).toHaveBeenLastCalledWith('files:dropped', { path: '/home/user/leads.csv' });
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const api = exposed.api as Api;
    const seen: unknown[] = [];
    const off = api.on('progress', (payload) => seen.push(payload));
    listeners.get('progress')?.({ sender: 'secret-webcontents' }, { jobId: 'j1' });
    expect(seen).toEqual([{ jobId: 'j1' }]);
    off();
    expect(listeners.has('progress')).toBe(false);
    expect(() => api.on('not-an-event', () => undefined)).toThrow(/Unknown event/);
  });
});
