import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type ClientRequest, type IncomingMessage, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateState } from '../../../src/shared/ipc/channels/desktop';
import { configuredFeed, DesktopUpdates, parseFeedUrl, UPDATE_FEED_SETTING } from '../../../src/main/platform/updates';

/** Node's own http client in place of Electron's net module, which plain Node does not have. */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return request(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, responseHandler: null, callback: (error) => (error ? reject(error) : resolve(destination)) },
        0,
      );
    });
  }
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A web folder holding latest-linux.yml and the .deb it names, on 127.0.0.1. */
async function feed(version: string): Promise<{ url: string; requests: string[] }> {
  const deb = Buffer.from(`a Campaign Desk ${version} package`);
  const sha512 = createHash('sha512').update(deb).digest('base64');
  const file = `campaign-desk_${version}_amd64.deb`;
  const yml = `version: ${version}\nfiles:\n  - url: ${file}\n    sha512: ${sha512}\n    size: ${deb.length}\npath: ${file}\nsha512: ${sha512}\nreleaseDate: '2026-11-30T10:00:00.000Z'\n`;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = (req.url ?? '').split('?')[0];
    if (path === '/latest-linux.yml') return res.end(yml);
    if (path === `/${file}`) return res.end(deb);
    res.statusCode = 404;
    res.end();
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests };
}

/** The installed app as electron-updater sees it, without Electron. */
function installedApp(version: string): AppAdapter {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-updates-'));
  writeFileSync(join(dir, 'app-update.yml'), 'provider: generic\nurl: http://127.0.0.1:1/\nupdaterCacheDirName: campaign-desk-updater\n');
  return {
    version,
    name: 'Campaign Desk',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: dir,
    baseCachePath: dir,
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
}

function updaterFor(version: string): DebUpdater {
  const updater = new DebUpdater(null, installedApp(version));
  (updater as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor = new NodeHttpExecutor();
  return updater;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('updates from a generic feed', () => {
  it('offers a newer version, downloads it, and then waits for "Restart to update"', async () => {
    const server = await feed('0.2.0');
    const seen: UpdateState[] = [];
    const updates = new DesktopUpdates(updaterFor('0.1.0'), (s) => seen.push(s), quiet);
    expect(updates.restart()).toBe(false);
    await updates.start(server.url);
    await until(() => updates.state().status === 'ready', 'the download');
    expect(updates.state()).toEqual({ status: 'ready', version: '0.2.0', message: null });
    expect(seen.map((s) => s.status)).toEqual(expect.arrayContaining(['checking', 'downloading', 'ready']));
    expect(server.requests.some((r) => r.startsWith('/latest-linux.yml'))).toBe(true);
    expect(server.requests.some((r) => r.startsWith('/campaign-desk_0.2.0_amd64.deb'))).toBe(true);
  });

  it('stays quiet when the feed has nothing newer', async () => {
    const server = await feed('0.1.0');
    const updates = new DesktopUpdates(updaterFor('0.1.0'), () => undefined, quiet);
    await updates.start(server.url);
    expect(updates.state().status).toBe('idle');
    expect(updates.restart()).toBe(false);
    expect(server.requests.filter((r) => r.includes('.deb'))).toEqual([]);
  });

  it('says plainly when the feed cannot be read', async () => {
    const server = await feed('0.2.0');
    const updates = new DesktopUpdates(updaterFor('0.1.0'), () => undefined, quiet);
    await updates.start(`${server.url}missing-folder/`);
    expect(updates.state().status).toBe('error');
    expect(updates.state().message).toMatch(/could not be checked/);
  });

  it('is off, and asks nothing of the network, when no feed is set', async () => {
    let asked = false;
    const updater = updaterFor('0.1.0');
    updater.checkForUpdates = async () => {
      asked = true;
      return null;
    };
    const updates = new DesktopUpdates(updater, () => undefined, quiet);
    await updates.start(parseFeedUrl(''));
    expect(asked).toBe(false);
    expect(updates.state().status).toBe('off');
  });

  it('accepts only https feeds, or http on this computer', () => {
    expect(parseFeedUrl('https://downloads.example.com/desk')).toBe('https://downloads.example.com/desk/');
    expect(parseFeedUrl('http://127.0.0.1:8080/feed/')).toBe('http://127.0.0.1:8080/feed/');
    expect(parseFeedUrl('http://downloads.example.com/desk/')).toBeNull();
    expect(parseFeedUrl('https://user:pw@downloads.example.com/')).toBeNull();
    expect(parseFeedUrl('file:///tmp/feed')).toBeNull();
    expect(parseFeedUrl(null)).toBeNull();
    expect(parseFeedUrl('   ')).toBeNull();
  });

  it('keeps the feed as a setting, set once by the deployment, off by default, refused with a reason when not https', () => {
    const store = new Map<string, unknown>();
    const settings = {
      get: <T>(key: string) => (store.get(key) ?? null) as T | null,
      set: (key: string, value: unknown) => void store.set(key, value),
    };
    const warnings: string[] = [];
    const log = { ...quiet, warn: (m: string) => void warnings.push(m) };
    expect(configuredFeed(settings, {}, log)).toBeNull();
    expect(configuredFeed(settings, { CAMPAIGN_DESK_UPDATE_URL: ' https://downloads.example.com/desk ' }, log)).toBe(
      'https://downloads.example.com/desk/',
    );
    expect(store.get(UPDATE_FEED_SETTING)).toBe('https://downloads.example.com/desk');
    expect(configuredFeed(settings, {}, log)).toBe('https://downloads.example.com/desk/');
    expect(configuredFeed(settings, { CAMPAIGN_DESK_UPDATE_URL: 'http://downloads.example.com/' }, log)).toBeNull();
    expect(warnings.join('\n')).toMatch(/not an https address/);
    expect(configuredFeed(settings, { CAMPAIGN_DESK_UPDATE_URL: '' }, log)).toBeNull();
    expect(store.get(UPDATE_FEED_SETTING)).toBe('');
  });
});
