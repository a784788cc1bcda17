// The browser stand-in for src/preload/index.ts: the same buildApi over HTTP to the loopback host
// instead of Electron's IPC. Nothing else about the renderer changes.
import { buildApi } from '../../src/preload/build-api';
import type { FileGrant } from '../../src/shared/files/schemas';
import type { Result } from '../../src/shared/ipc/result';

const listeners = new Map<string, Set<(payload: unknown) => void>>();
const source = new EventSource('./__host/events');

function listen(event: string): void {
  source.addEventListener(event, (message) => {
    const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  });
}

const api = buildApi(
  async (channel, input) => {
    const response = await fetch(`./__host/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: input === undefined ? null : input, hasInput: input !== undefined }),
    });
    return (await response.json()) as Result<unknown>;
  },
  (event, listener) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
      listen(event);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
  // A browser never learns a dropped file's path: the bytes go to the host, which keeps them and grants them.
  async (file) => {
    const response = await fetch(`./__host/drop?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    return (await response.json()) as Result<FileGrant>;
  },
);

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: false });
