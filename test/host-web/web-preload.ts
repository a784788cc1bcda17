// The browser stand-in for src/preload/index.ts: the same buildApi over HTTP to the loopback host
// instead of Electron's IPC. Nothing else about the renderer changes.
import { buildApi } from '../../src/preload/build-api';
import type { FileGrant } from '../../src/shared/files/schemas';
import type { Result } from '../../src/shared/ipc/result';

// The host writes its key on this script's tag; every call carries it in a header no other page can set.
const script = document.currentScript as HTMLScriptElement | null;
const key = script?.dataset.deskKey ?? '';
script?.removeAttribute('data-desk-key');
const headers = { 'x-desk-key': key };

const listeners = new Map<string, Set<(payload: unknown) => void>>();

function deliver(frame: string): void {
  let event = 'message';
  let data = '';
  for (const line of frame.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data += line.slice(6);
  }
  if (!data) return;
  const payload: unknown = JSON.parse(data);
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

/** Server-sent events read through fetch, since EventSource cannot send the key header. */
async function streamEvents(): Promise<void> {
  for (;;) {
    try {
      const response = await fetch('./__host/events', { method: 'POST', headers });
      if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          deliver(buffered.slice(0, end));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // The host restarted or the network blinked: try again shortly.
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
}
void streamEvents();

const api = buildApi(
  async (channel, input) => {
    const response = await fetch(`./__host/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: input === undefined ? null : input, hasInput: input !== undefined }),
    });
    return (await response.json()) as Result<unknown>;
  },
  (event, listener) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
  // A browser never learns a dropped file's path: the bytes go to the host, which keeps them and grants them.
  async (file) => {
    const response = await fetch(`./__host/drop?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers, body: file });
    return (await response.json()) as Result<FileGrant>;
  },
);

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: false });
