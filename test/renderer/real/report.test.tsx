// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statsTotal } from '../../../src/shared/exotel';
import type { TestServices } from '../../support/services';
import { readBack, renderRealApp, scratchPath, type RealApp } from '../support/real-app';

const NAME = 'Bill reminder, December';
const MESSAGE = 'Dear @@Name, your bill of @@Amount is due on @@DueDate.';
const NUMBERS = Array.from({ length: 24 }, (_, i) => `98765${String(20_000 + i)}`);
const SETTLE = { timeout: 10_000 };

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
  vi.restoreAllMocks();
});

/** A Sandbox campaign run to its end, its calls read: what a report is asked for. */
async function finishedCampaign(s: TestServices): Promise<void> {
  const account = s.accounts.activeAccount()!;
  const client = await s.access.clientFor(account);
  const made = await client.campaigns.create({
    callerId: '08047112233',
    flowType: 'greeting',
    name: NAME,
    from: NUMBERS,
    readViaText: MESSAGE,
  });
  s.sandbox.sandbox.clock.advance(3 * 3_600_000);
  await s.campaigns.sync(account, { signal: new AbortController().signal, progress: () => undefined });
  await s.jobs.wait(s.campaigns.syncCalls(made.id).jobId);
}

async function openReport(options: Parameters<typeof renderRealApp>[0] = {}) {
  app = await renderRealApp({ section: 'campaigns', before: finishedCampaign, ...options });
  const list = await screen.findByRole('list', { name: 'Campaigns' }, SETTLE);
  fireEvent.click(await within(list).findByRole('button', { name: new RegExp(NAME) }, SETTLE));
  const detail = await screen.findByRole('article', { name: `Campaign ${NAME}` }, SETTLE);
  fireEvent.click(within(detail).getByRole('button', { name: 'Save report…' }));
  const dialog = await screen.findByRole('dialog', { name: `Report of “${NAME}”` }, SETTLE);
  return { dialog, report: within(dialog).getByRole('article', { name: `Report of ${NAME}` }) };
}

/** The figure shown under a key number's name. */
function figure(report: HTMLElement, label: string): string {
  const names = within(report).getAllByText(label, { selector: '.report-figure dt' });
  return names[0]?.parentElement?.querySelector('strong')?.textContent ?? '';
}

describe('the report of a campaign', () => {
  it('shows the campaign’s own figures, its message as written and its times before anything is saved', async () => {
    const { report } = await openReport();
    const s = app!.services;
    const account = s.accounts.activeAccount()!;
    const row = s.campaigns.list().campaigns.find((c) => c.name === NAME)!;
    const { rows: calls, total: callCount } = await s.campaigns.calls({ id: row.id, offset: 0, limit: 500 });
    expect(calls.length).toBe(callCount);
    const stats = row.stats!;
    const total = statsTotal(stats);
    expect(total).toBe(NUMBERS.length);

    expect(figure(report, 'Numbers')).toBe(String(total));
    expect(figure(report, 'Calls')).toBe(String(calls.length));
    expect(calls.length).toBeGreaterThan(0);
    expect(figure(report, 'Answered')).toBe(String(stats.completed));
    expect(figure(report, 'Reach rate')).toBe(`${((stats.completed / total) * 100).toFixed(1)}%`);
    expect(figure(report, 'Not reached')).toBe(String(total - stats.completed));
    const answered = calls.filter((c) => c.status === 'completed');
    const talk = Math.round(answered.reduce((sum, c) => sum + (c.durationSeconds ?? 0), 0) / answered.length);
    expect(figure(report, 'Average talk time')).toBe(
      talk < 60 ? `${talk} s` : `${Math.floor(talk / 60)} min ${String(talk % 60).padStart(2, '0')} s`,
    );

    const message = within(report).getByRole('region', { name: 'Message' });
    expect(message.textContent).toContain(MESSAGE);
    expect([...message.querySelectorAll('.report-var')].map((v) => v.textContent)).toEqual(['@@Name', '@@Amount', '@@DueDate']);
    const times = within(report).getByRole('region', { name: 'Schedule and times' });
    expect(times.textContent).toMatch(/Created\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}/);
    expect(times.textContent).toMatch(/Finished\d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(report.textContent).toContain(account.name);
  });

  it('in the desktop app, Save as PDF… writes the page the printer drew to the file chosen', async () => {
    const asked: string[] = [];
    const printer = {
      render: async (id: string, format: string) => {
        asked.push(`${format}:${id}`);
        return Buffer.from('%PDF-1.7');
      },
    };
    const out = scratchPath('report.pdf');
    const { dialog } = await openReport({
      ports: { shell: 'electron', reportPrinter: printer },
      before: async (s) => {
        await finishedCampaign(s);
        s.dialogs.save.push(out);
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(readBack(out)).toBe('%PDF-1.7'), SETTLE);
    expect(asked).toEqual([expect.stringMatching(/^pdf:/)]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('in the web preview, the browser prints the report (Save as PDF there); PNG is the desktop app’s and says so', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { dialog } = await openReport();
    const png = await within(dialog).findByRole('button', { name: 'Save as PNG (desktop app)' });
    expect(png).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Print or save as PDF…' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
