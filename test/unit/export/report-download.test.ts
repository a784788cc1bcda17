import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadReport } from '../../../src/main/services/export/report-download';
import {
  endlessBody,
  hugeBody,
  redirect,
  silence,
  startMisbehavingHost,
  type Behaviour,
  type MisbehavingHost,
} from '../../support/misbehaving-host';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Scaled down from the app's 200 MB and 20 s.
const LIMITS = { maxBytes: 1024 * 1024, idleMs: 300 };
const REPORT = 'number,status\r\n+919812345678,completed\r\n+919812345679,busy\r\n';
const csv: Behaviour = (_req, res) => res.writeHead(200, { 'Content-Type': 'text/csv' }).end(REPORT);

let host: MisbehavingHost;
let elsewhere: MisbehavingHost;
let n = 0;
let file = '';
beforeEach(async () => {
  host = await startMisbehavingHost();
  elsewhere = await startMisbehavingHost();
  file = join(dir, `report-${n++}.csv`);
});
afterEach(async () => {
  await host.close();
  await elsewhere.close();
});

const ctx = (signal = new AbortController().signal) => ({ signal, progress: () => undefined });
const download = (signal?: AbortSignal) =>
  downloadReport((u, i) => fetch(u, i), `${host.url}/campaign-reports/r1.csv`, file, ctx(signal), LIMITS);

describe('downloading Exotel’s report, within bounds', () => {
  it('saves the report, following one redirect within its host', async () => {
    host.answer(redirect(302, '/campaign-reports/r1-final.csv'), csv);
    expect(await download()).toEqual({ filePath: file, rows: 2 });
    expect(readFileSync(file, 'utf8')).toBe(REPORT);
    expect(host.seen.map((s) => s.path)).toEqual(['/campaign-reports/r1.csv', '/campaign-reports/r1-final.csv']);
  });

  it('does not follow a redirect to another host, and names it', async () => {
    host.answer(redirect(307, `${elsewhere.url}/r1.csv`));
    await expect(download()).rejects.toMatchObject({ code: 'exotel', message: expect.stringContaining(`another host, ${elsewhere.host}`) });
    expect(elsewhere.seen).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('gives up on a host that never answers, saying so', async () => {
    host.answer(silence);
    const began = Date.now();
    await expect(download()).rejects.toMatchObject({
      code: 'exotel',
      message: expect.stringMatching(/^Exotel’s report stopped coming: nothing arrived for 1 second,/),
    });
    expect(Date.now() - began).toBeLessThan(2000);
  });

  it('stops an endless report at its cap and removes the partial file', async () => {
    host.answer(endlessBody);
    await expect(download()).rejects.toMatchObject({ message: expect.stringContaining('larger than 1 MB') });
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a report whose declared size is over the cap before writing anything', async () => {
    host.answer(hugeBody(60 * 1024 * 1024));
    await expect(download()).rejects.toMatchObject({ message: expect.stringContaining('larger than 1 MB') });
    expect(existsSync(file)).toBe(false);
  });

  it('a cancel stops it and says so', async () => {
    host.answer(silence);
    const job = new AbortController();
    setTimeout(() => job.abort(), 50);
    await expect(download(job.signal)).rejects.toMatchObject({ code: 'cancelled' });
  });
});
