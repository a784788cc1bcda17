import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import keytar from 'keytar';
import { createAppServices, type AppServices } from '../main/app-services';
import { createDispatch } from '../main/ipc/handle';
import { createHandlers } from '../main/ipc/registry';
import { createKeytarStore } from '../main/platform/keytar-store';
import { isChannel } from '../shared/ipc/contract';
import { refuseCall, refuseForeign, sameSecret } from './guard';
import { QueuedDialogs, RecordingDesktop, RecordingNotifier } from '../main/platform/test-ports';
import { BrowserFiles } from './browser-files';
import type { SandboxDialect } from '../main/sandbox/dialect';

const ROOT = resolve(__dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface HostOptions {
  userDataDir: string;
  port?: number;
  rendererDir?: string;
  /** The keychain service tokens are stored under; preview uses its own so it never touches the app's entries. */
  keychainService?: string;
  /**
   * The /__test/ routes (queue dialog answers, switch offline, read what was opened): only for the e2e suite,
   * which asks for them explicitly. Preview never has them: there the browser's own file chooser and downloads
   * stand for the dialogs.
   */
  testControl?: boolean;
  /** The built-in Sandbox's answer forms (SANDBOX_DIALECT); its own by default. */
  sandboxDialect?: SandboxDialect;
}

export interface Host {
  url: string;
  /** Where this host keeps API tokens in the keychain. */
  keychainService: string;
  origin: string;
  secret: string;
  services: AppServices;
  dialogs: QueuedDialogs;
  desktop: RecordingDesktop;
  close(): Promise<void>;
}

let bridgeBundle: Promise<string> | null = null;
function bridgeScript(): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [join(ROOT, 'src/web-host/browser/web-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bridgeBundle;
}

async function readBody(req: IncomingMessage, limit = 200 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('Request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/**
 * Runs the app's registry and services (real SQLite, real keychain, Sandbox) behind a loopback HTTP server, and
 * serves the built renderer with a stand-in preload, so the real UI runs in a browser where Electron cannot.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const secret = randomBytes(24).toString('hex');
  const rendererDir = options.rendererDir ?? join(ROOT, 'out/renderer');
  const dialogs = new QueuedDialogs();
  const browserFiles = new BrowserFiles(options.userDataDir);
  // The e2e suite answers the dialogs itself; anyone else uses the browser's own chooser and downloads.
  const browserDialogs = !options.testControl;
  const desktop = new RecordingDesktop();
  const streams = new Set<ServerResponse>();
  const push = (event: string, payload: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  const keychainService = options.keychainService ?? 'Campaign Desk';
  const services = createAppServices({
    userDataDir: options.userDataDir,
    secrets: createKeytarStore(keychainService, keytar),
    dialogs: browserDialogs ? browserFiles : dialogs,
    desktop,
    // A browser page has no notification area of the OS; the host keeps what the app would have shown.
    notifier: new RecordingNotifier(),
    fetch: (url, init) => fetch(url, init),
    emit: (event, payload) => {
      // An export job that wrote a file the browser asked for: the page downloads it.
      const offer = event === 'job:finished' && browserDialogs ? browserFiles.offer(payload) : null;
      push(event, offer ? offer.value : payload);
      if (offer) push('host:download', offer.offered);
    },
    shell: 'web-host',
    sandboxDialect: options.sandboxDialect,
    version: '0.1.0',
    platform: process.platform,
  });

  let origin = '';
  const dispatch = createDispatch(createHandlers(services), { isTrustedSender: (sender) => sender.url === origin });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: 'host failure' }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const foreign = refuseForeign(req, origin);
    if (foreign) return send(res, 403, JSON.stringify({ error: foreign }));
    if (url.pathname.startsWith('/__test/')) {
      return options.testControl ? control(req, res, url) : send(res, 404, JSON.stringify({ error: 'not found' }));
    }
    if (url.pathname === '/__host/bridge.js') return send(res, 200, await bridgeScript(), TYPES['.js']);
    if (url.pathname.startsWith('/__host/')) {
      const refused = refuseCall(req, origin, secret);
      if (refused) return send(res, 403, JSON.stringify({ error: refused }));
      return bridge(req, res, url);
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The key in the address opens the page; the page's stand-in preload then sends it as a header.
      if (!sameSecret(url.searchParams.get('key'), secret)) {
        return send(res, 403, 'Open the address printed by the host; it carries the key.', 'text/plain; charset=utf-8');
      }
      return serveIndex(res);
    }
    return serveStatic(res, url.pathname);
  }

  async function bridge(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
    if (url.pathname === '/__host/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/__host/ipc/')) {
      const channel = decodeURIComponent(url.pathname.slice('/__host/ipc/'.length));
      // The preload's own channels are not the page's to call: here the page and the stand-in preload are one.
      if (!isChannel(channel))
        return send(
          res,
          200,
          JSON.stringify({ ok: false, error: { code: 'not-found', message: `There is no channel named "${channel}".` } }),
        );
      const body = JSON.parse((await readBody(req, 10 * 1024 * 1024)).toString('utf8')) as { input: unknown; hasInput: boolean };
      const result = await dispatch(channel, body.hasInput ? body.input : undefined, { url: req.headers.origin ?? null });
      // An answer that says a file was written (Export problems) where the browser asked: the page downloads it.
      const offer = browserDialogs ? browserFiles.offer(result) : null;
      if (offer) push('host:download', offer.offered);
      return send(res, 200, JSON.stringify(offer ? offer.value : result));
    }
    if (url.pathname === '/__host/upload') {
      // A file the user dropped or picked in the browser's chooser: kept under its own name, granted as the open
      // dialog's file would be. The page never names a path.
      const path = await browserFiles.receive(url.searchParams.get('name') ?? '', await readBody(req));
      return send(res, 200, JSON.stringify({ ok: true, data: services.files.grant(path) }));
    }
    if (url.pathname === '/__host/download') {
      const taken = browserFiles.take(url.searchParams.get('token') ?? '');
      if (!taken) return send(res, 404, JSON.stringify({ error: 'That download is no longer here.' }));
      const bytes = await readFile(taken.path);
      await taken.done();
      return send(res, 200, bytes, 'text/csv; charset=utf-8');
    }
    return send(res, 404, JSON.stringify({ error: 'not found' }));
  }

  async function control(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!sameSecret(req.headers['x-host-secret'] as string | undefined, secret))
      return send(res, 403, JSON.stringify({ error: 'forbidden' }));
    if (url.pathname === '/__test/dialogs' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as { open?: string[]; save?: string[] };
      dialogs.open.push(...(body.open ?? []));
      dialogs.save.push(...(body.save ?? []));
      return send(res, 200, JSON.stringify({ ok: true }));
    }
    if (url.pathname === '/__test/online' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as { online: boolean };
      desktop.online = body.online;
      return send(res, 200, JSON.stringify({ ok: true }));
    }
    if (url.pathname === '/__test/state') {
      return send(
        res,
        200,
        JSON.stringify({ openedExternal: desktop.opened, pendingDialogs: { open: dialogs.open.length, save: dialogs.save.length } }),
      );
    }
    return send(res, 404, JSON.stringify({ error: 'not found' }));
  }

  async function serveIndex(res: ServerResponse): Promise<void> {
    const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
    // The stand-in preload must run before the app's module script, as a real preload does; it reads its key here,
    // and whether files come from the browser's chooser (preview) or from the e2e suite's answers.
    const files = browserDialogs ? ' data-desk-files="browser"' : '';
    const tag = `<script src="./__host/bridge.js" data-desk-key="${secret}"${files}></script>`;
    return send(res, 200, html.replace('<head>', `<head>\n    ${tag}`), TYPES['.html']);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = resolve(rendererDir, relative);
    if (!file.startsWith(resolve(rendererDir))) return send(res, 403, 'forbidden', 'text/plain');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'not found', 'text/plain');
    }
    return send(res, 200, body, TYPES[extname(file)] ?? 'application/octet-stream');
  }

  await bridgeScript();
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?key=${secret}`,
    keychainService,
    origin,
    secret,
    services,
    dialogs,
    desktop,
    async close() {
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
      await services.close();
    },
  };
}
