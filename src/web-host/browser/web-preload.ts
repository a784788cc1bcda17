// The browser stand-in for src/preload/index.ts: the same buildApi over HTTP to the loopback host
// instead of Electron's IPC. Nothing else about the renderer changes.
import { buildApi } from '../../preload/build-api';
import type { FileGrant } from '../../shared/files/schemas';
import type { Result } from '../../shared/ipc/result';

// The host writes its key on this script's tag; every call carries it in a header no other page can set.
const script = document.currentScript as HTMLScriptElement | null;
const key = script?.dataset.deskKey ?? '';
script?.removeAttribute('data-desk-key');
const headers = { 'x-desk-key': key };
// In preview the browser is the desktop: its own file chooser and its downloads stand for the app's dialogs.
// The e2e suite answers the dialogs through the host instead.
const browserFiles = script?.dataset.deskFiles === 'browser';

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
  if (event === 'host:download') return void download(payload as { token: string; fileName: string });
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

/** A file the app wrote where the user asked to save: the browser downloads it under its name. */
async function download({ token, fileName }: { token: string; fileName: string }): Promise<void> {
  const response = await fetch(`./__host/download?token=${encodeURIComponent(token)}`, { method: 'POST', headers });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes go to the host, which keeps them under the file's own name and grants them; the page never names a path. */
async function upload(file: File): Promise<Result<FileGrant>> {
  const response = await fetch(`./__host/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers, body: file });
  return (await response.json()) as Result<FileGrant>;
}

/** The browser's own file chooser, for "Choose file" and Ctrl+O; null when the user closes it without a file. */
function chooseInBrowser(): Promise<File | null> {
  return new Promise((done) => {
    const input = document.createElement('input');
    input.type = 'file';
    // As the desktop's open dialog offers: sheets first; the chooser still lets the user pick any file.
    input.accept = '.csv,.tsv,.txt,.xlsx,.xlsm,text/csv,text/tab-separated-values,text/plain';
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      done(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    try {
      input.showPicker();
    } catch {
      // An older browser without showPicker, or one that wants the click itself.
      input.click();
    }
  });
}

async function chooseFile(): Promise<Result<{ file: FileGrant | null }>> {
  const file = await chooseInBrowser();
  if (!file) return { ok: true, data: { file: null } };
  const granted = await upload(file);
  return granted.ok ? { ok: true, data: { file: granted.data } } : granted;
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
    if (browserFiles && channel === 'contacts:chooseFile') return chooseFile();
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
  // A browser never learns a dropped file's path: the bytes go to the host, as a chosen file's do.
  upload,
);

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: false });
