import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportPrinter } from '../../../src/main/platform/report-printer';
import { reportFileName } from '../../../src/main/services/report/report-service';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';
import type { ReportFormat } from '../../../src/shared/ipc/channels/report';
import { makeServices, type TestServices } from '../../support/services';

const NUMBERS = Array.from({ length: 30 }, (_, i) => `98765${String(10_000 + i)}`);

/** Prints a page that names what it was asked for, so a test sees which campaign and format reached the port. */
class NamingPrinter implements ReportPrinter {
  readonly asked: Array<{ id: string; format: ReportFormat }> = [];
  async render(id: string, format: ReportFormat): Promise<Uint8Array> {
    this.asked.push({ id, format });
    return Buffer.from(`${format}:${id}`);
  }
}

let s: TestServices | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

async function finishedCampaign(services: TestServices, name: string): Promise<string> {
  const account = services.accounts.activeAccount();
  if (!account) throw new Error('no active account');
  const client = await services.access.clientFor(account);
  const made = await client.campaigns.create({
    callerId: '08047112233',
    flowType: 'greeting',
    name,
    from: NUMBERS,
    readViaText: 'Dear @@Name, your bill is due',
  });
  services.sandbox.sandbox.clock.advance(2 * 3_600_000);
  await services.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
  expect((await services.jobs.wait(services.campaigns.syncCalls(made.id).jobId))?.outcome).toBe('done');
  return made.id;
}

describe('a campaign’s report', () => {
  it('adds up the stored calls: every attempt a call, talk time averaged over the answered ones', async () => {
    s = makeServices();
    const id = await finishedCampaign(s, 'Bill reminder');
    const report = s.report.get(id);
    const account = s.accounts.activeAccount()!;
    const calls = [...new CallDetailsRepo(s.db).iterate(account.id, id, false)];
    const answered = calls.filter((c) => c.status === 'completed');
    expect(calls.length).toBeGreaterThan(NUMBERS.length - 1);
    expect(report.calls.calls).toBe(calls.length);
    expect(report.calls.answeredCalls).toBe(answered.length);
    const talk = answered.reduce((sum, c) => sum + (c.durationSeconds ?? 0), 0) / answered.length;
    expect(report.calls.averageTalkSeconds).toBeCloseTo(talk, 6);
    expect(report.detail.campaign.readViaText).toBe('Dear @@Name, your bill is due');
    expect(report.account).toMatchObject({ name: account.name, sandbox: true });
  });

  it('saves the page the printer drew to the file chosen in the save dialog, named for the campaign', async () => {
    const printer = new NamingPrinter();
    s = makeServices({ reportPrinter: printer });
    const id = await finishedCampaign(s, 'Dues: run 1/2');
    const path = join(mkdtempSync(join(tmpdir(), 'desk-report-')), 'dues.pdf');
    s.dialogs.save.push(path);
    expect(await s.report.save(id, 'pdf')).toEqual({ saved: true, filePath: path });
    expect(readFileSync(path, 'utf8')).toBe(`pdf:${id}`);
    expect(printer.asked).toEqual([{ id, format: 'pdf' }]);
    expect(reportFileName('Dues: run 1/2', 'png')).toBe('Dues run 1 2 – report.png');
  });

  it('writes nothing when the save dialog is closed, and draws nothing either', async () => {
    const printer = new NamingPrinter();
    s = makeServices({ reportPrinter: printer });
    const id = await finishedCampaign(s, 'Closed dialog');
    expect(await s.report.save(id, 'png')).toEqual({ saved: false, filePath: null });
    expect(printer.asked).toEqual([]);
  });

  it('says what went wrong and that nothing was saved when the page cannot be drawn', async () => {
    const broken: ReportPrinter = { render: () => Promise.reject(new Error('The report page was not drawn within 20 s.')) };
    s = makeServices({ reportPrinter: broken });
    const id = await finishedCampaign(s, 'Broken page');
    const path = join(mkdtempSync(join(tmpdir(), 'desk-report-')), 'broken.pdf');
    s.dialogs.save.push(path);
    await expect(s.report.save(id, 'pdf')).rejects.toThrow(
      /“Broken page” could not be drawn, so nothing was saved: The report page was not drawn/,
    );
    expect(existsSync(path)).toBe(false);
  });

  it('where the page prints itself (the web preview), points to the browser’s print instead of failing silently', async () => {
    s = makeServices();
    const id = await finishedCampaign(s, 'Preview');
    await expect(s.report.save(id, 'pdf')).rejects.toThrow(/use Print, then “Save as PDF”/);
  });
});
