import { describe, expect, it, vi } from 'vitest';
import { channelNames, preloadChannelNames } from '../../../src/shared/ipc/contract';

const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, h: (event: unknown, input: unknown) => unknown) => handlers.set(channel, h) },
}));

describe('main-side IPC registration', () => {
  it('registers every channel and passes only top-frame senders on', async () => {
    const { registerIpc } = await import('../../../src/main/ipc/electron-bridge');
    const calls: Array<{ channel: string; url: string | null }> = [];
    registerIpc(async (channel, _input, sender) => {
      calls.push({ channel, url: sender.url });
      return { ok: true, data: null };
    });
    expect([...handlers.keys()].sort()).toEqual([...channelNames, ...preloadChannelNames].sort());

    const mainFrame = { url: 'file:///app/index.html' };
    await handlers.get('accounts:list')?.({ sender: { mainFrame }, senderFrame: mainFrame }, undefined);
    const subFrame = { url: 'file:///app/index.html' };
    await handlers.get('accounts:list')?.({ sender: { mainFrame }, senderFrame: subFrame }, undefined);
    expect(calls).toEqual([
      { channel: 'accounts:list', url: 'file:///app/index.html' },
      { channel: 'accounts:list', url: null },
    ]);
  });
});
