import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, PREVIEW_CLI } from '../../../src/web-host/cli';
import { startHost, type Host } from '../../../src/web-host/server';
import { importSheet } from '../../support/import-sheet';

let host: Host | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'host-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>Desk</title></head><body></body></html>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
  return dir;
}

async function start(testControl = false): Promise<Host> {
  host = await startHost({ userDataDir: mkdtempSync(join(tmpdir(), 'host-data-')), rendererDir: rendererDir(), testControl });
  return host;
}

/** A raw request, so the test can send the Host and Origin a hostile page or a rebound name would. */
function raw(
  h: Host,
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(path, h.origin);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: o.method ?? 'GET',
        headers: { host: url.host, ...o.headers },
      },
      (res) => {
        if (res.headers['content-type'] === 'text/event-stream') {
          res.destroy();
          done({ status: res.statusCode ?? 0, body: '', headers: res.headers });
          return;
        }
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(o.body);
  });
}

const call = (h: Host, headers: Record<string, string>) =>
  raw(h, '/__host/ipc/accounts%3Alist', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{"input":null,"hasInput":false}',
  });

describe('the preview host', () => {
  it('has no test control routes unless the e2e suite asks for them', async () => {
    const h = await start(false);
    const secret = { 'x-host-secret': h.secret, 'content-type': 'application/json' };
    expect(
      (await raw(h, '/__test/dialogs', { method: 'POST', headers: secret, body: JSON.stringify({ save: ['/tmp/anywhere.csv'] }) })).status,
    ).toBe(404);
    expect((await raw(h, '/__test/online', { method: 'POST', headers: secret, body: '{"online":false}' })).status).toBe(404);
    expect(h.dialogs.save).toEqual([]);
    expect(h.desktop.online).toBe(true);
    await h.close();

    const e2e = await start(true);
    const ok = await raw(e2e, '/__test/online', {
      method: 'POST',
      headers: { 'x-host-secret': e2e.secret, 'content-type': 'application/json' },
      body: '{"online":false}',
    });
    expect(ok.status).toBe(200);
  });

  it('preview refuses the control switch and keeps its tokens under a keychain name of its own', async () => {
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await expect(main(['--test-control'], PREVIEW_CLI)).rejects.toThrow(/e2e suite only/);
      host = await main(['--user-data', mkdtempSync(join(tmpdir(), 'host-data-'))], PREVIEW_CLI);
    } finally {
      log.mockRestore();
    }
    expect(host.keychainService).not.toBe('Campaign Desk');
    expect((await raw(host, '/__test/state', { headers: { 'x-host-secret': host.secret } })).status).toBe(404);
  });

  it('answers calls only with the key in the header, from its own origin; the address key sets no cookie', async () => {
    const h = await start();
    const page = await raw(h, `/?key=${h.secret}`);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await raw(h, '/?key=wrong')).status).toBe(403);

    const own = { origin: h.origin };
    expect((await call(h, { ...own, 'x-desk-key': h.secret })).body).toContain('"ok":true');
    expect((await call(h, own)).status).toBe(403);
    expect((await call(h, { ...own, cookie: `desk_host=${h.secret}` })).status).toBe(403);
    // Another server on this computer (another port) or another site, even with the key.
    expect((await call(h, { origin: 'http://127.0.0.1:1', 'x-desk-key': h.secret })).status).toBe(403);
    expect((await call(h, { origin: 'https://evil.example', 'x-desk-key': h.secret })).status).toBe(403);
  });

  it('checks Host and Origin on the event stream and on static files too', async () => {
    const h = await start();
    const key = { 'x-desk-key': h.secret, origin: h.origin };
    expect((await raw(h, '/__host/events', { method: 'POST', headers: key })).status).toBe(200);
    expect((await raw(h, '/__host/events', { method: 'POST', headers: { origin: h.origin } })).status).toBe(403);
    expect((await raw(h, '/__host/events', { method: 'GET', headers: key })).status).toBe(405);

    expect((await raw(h, '/assets/app.js')).status).toBe(200);
    const rebound = { host: `desk.attacker.example:${new URL(h.origin).port}` };
    expect((await raw(h, '/assets/app.js', { headers: rebound })).status).toBe(403);
    expect((await raw(h, '/__host/events', { method: 'POST', headers: { ...key, ...rebound } })).status).toBe(403);
    expect((await raw(h, `/?key=${h.secret}`, { headers: rebound })).status).toBe(403);
    expect((await raw(h, '/assets/app.js', { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await raw(h, '/assets/app.js', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it('preview: a file picked in the browser is uploaded, kept under its own name and granted as the open dialog would', async () => {
    const h = await start();
    const page = await raw(h, `/?key=${h.secret}`);
    expect(page.body).toContain('data-desk-files="browser"');
    const key = { 'x-desk-key': h.secret, origin: h.origin };
    const sheet = 'Name,Phone\nAsha,9876500001\nRavi,9876500002\n';

    expect((await raw(h, '/__host/upload?name=dues.csv', { method: 'POST', headers: { origin: h.origin }, body: sheet })).status).toBe(403);
    const answer = await raw(h, `/__host/upload?name=${encodeURIComponent('../November dues.csv')}`, {
      method: 'POST',
      headers: key,
      body: sheet,
    });
    const grant = JSON.parse(answer.body) as { ok: true; data: { fileId: string; fileName: string } };
    expect(grant).toMatchObject({ ok: true, data: { fileId: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: 'November dues.csv' } });
    // Kept inside the host's own folder, whatever the name tried.
    const uploads = join(h.services.ports.userDataDir, 'uploads');
    expect(readdirSync(uploads).some((dir) => existsSync(join(uploads, dir, 'November dues.csv')))).toBe(true);

    const inspect = await raw(h, '/__host/ipc/contacts%3Ainspect', {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify({ input: { fileId: grant.data.fileId }, hasInput: true }),
    });
    expect(JSON.parse(inspect.body)).toMatchObject({ ok: true, data: { fileId: grant.data.fileId, headers: ['Name', 'Phone'] } });
  });

  it('preview: an export goes to the browser as a download of that file, once, to the page with the key', async () => {
    const h = await start();
    const dir = mkdtempSync(join(tmpdir(), 'host-sheet-'));
    writeFileSync(join(dir, 'dues.csv'), 'Name,Phone\nAsha,9876500001\nBroken,12ab\nRavi,9876500002\n');
    const { listId } = await importSheet(h.services, join(dir, 'dues.csv'), 'Dues');
    const key = { 'x-desk-key': h.secret, origin: h.origin };
    const events = listen(h, key);
    const answer = await raw(h, '/__host/ipc/contacts%3AexportProblems', {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify({ input: { id: listId }, hasInput: true }),
    });
    // The window is told the file's name, as the browser saves it, not the host's folder.
    expect(JSON.parse(answer.body)).toEqual({ ok: true, data: { filePath: 'Dues - problems.csv', rows: 1 } });
    const offered = JSON.parse(await events.next('host:download')) as { token: string; fileName: string };
    events.stop();
    expect(offered.fileName).toBe('Dues - problems.csv');

    expect((await raw(h, `/__host/download?token=${offered.token}`, { method: 'POST', headers: { origin: h.origin } })).status).toBe(403);
    const file = await raw(h, `/__host/download?token=${offered.token}`, { method: 'POST', headers: key });
    expect(file.status).toBe(200);
    expect(file.body.startsWith('\uFEFFRow,Status,Problem')).toBe(true);
    expect(file.body).toContain('12ab');
    expect((await raw(h, `/__host/download?token=${offered.token}`, { method: 'POST', headers: key })).status).toBe(404);
  });

  it('with the e2e suite’s answers, the dialogs stay the queued ones: no browser chooser, the save goes where the test said', async () => {
    const h = await start(true);
    expect((await raw(h, `/?key=${h.secret}`)).body).not.toContain('data-desk-files');
    const dir = mkdtempSync(join(tmpdir(), 'host-sheet-'));
    writeFileSync(join(dir, 'dues.csv'), 'Name,Phone\nBroken,12ab\n');
    const { listId } = await importSheet(h.services, join(dir, 'dues.csv'), 'Dues');
    h.dialogs.save.push(join(dir, 'problems.csv'));
    const answer = await raw(h, '/__host/ipc/contacts%3AexportProblems', {
      method: 'POST',
      headers: { 'x-desk-key': h.secret, origin: h.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ input: { id: listId }, hasInput: true }),
    });
    expect(JSON.parse(answer.body)).toEqual({ ok: true, data: { filePath: join(dir, 'problems.csv'), rows: 1 } });
  });
});

/** The event stream as the page reads it: `next(name)` waits for that event's data. */
function listen(h: Host, headers: Record<string, string>): { next(event: string): Promise<string>; stop(): void } {
  const url = new URL('/__host/events', h.origin);
  let buffered = '';
  const waiting: Array<{ event: string; done: (data: string) => void }> = [];
  const req = request(
    { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host: url.host, ...headers } },
    (res) => {
      res.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        for (const w of [...waiting]) {
          const match = new RegExp(`event: ${w.event}\ndata: (.*)\n`).exec(buffered);
          if (match) {
            waiting.splice(waiting.indexOf(w), 1);
            w.done(match[1]!);
          }
        }
      });
    },
  );
  req.on('error', () => undefined);
  req.end();
  return {
    next: (event) => new Promise((done) => waiting.push({ event, done })),
    stop: () => req.destroy(),
  };
}
