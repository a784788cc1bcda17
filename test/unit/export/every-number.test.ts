import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { QueuedDialogs } from '../../../src/main/platform/test-ports';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ExportService } from '../../../src/main/services/export/export-service';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { CampaignContacts } from '../../../src/main/services/campaigns/campaign-contacts';
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';
import { statsTotal } from '../../../src/shared/exotel';
import { harness, type Harness } from '../campaigns/harness';

const MINUTE = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-every-number-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const numbers = (n: number, seed: number): string[] =>
  Array.from({ length: n }, (_, i) => `+9197${String(30_000_000 + seed * 100_000 + i * 613).slice(-8)}`);

function exporter(h: Harness) {
  const dialogs = new QueuedDialogs();
  const accounts = new AccountsRepo(h.db);
  const exports = new ExportService({
    campaigns: h.repo,
    calls: h.calls,
    contacts: new CampaignContacts(new ContactsRepo(h.db)),
    dialogs,
    jobs: h.jobs,
    accounts: { activeAccount: () => accounts.get('sandbox') },
    fetchFor: () => h.sandbox.fetch,
    access: { clientFor: async () => h.client, isOffline: () => false },
    timeZone: () => 'Asia/Kolkata',
  });
  return async (id: string, mode: 'numbers' | 'calls') => {
    const path = join(dir, `${id}-${mode}.csv`);
    dialogs.save.push(path);
    const done = await h.finish({ jobId: (await exports.exportCalls(id, mode)).jobId ?? '' });
    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;
    const column = (name: string): string[] => rows.map((r) => r[header.indexOf(name)] ?? '');
    return { done, header, rows, column };
  };
}

/** A campaign stopped early: launched, paused after a few minutes, completed, and its last calls let end. */
async function stoppedEarly(h: Harness, create: () => Promise<{ id: string }>): Promise<string> {
  const { id } = await create();
  h.sandbox.clock.advance(3 * MINUTE);
  await h.client.campaigns.action(id, 'pause');
  await h.client.campaigns.action(id, 'complete');
  h.sandbox.clock.advance(10 * MINUTE);
  h.now.value = new Date(h.sandbox.clock.now());
  await h.refresh();
  await h.finish(h.service.syncCalls(id));
  return id;
}

describe('the per-number export', () => {
  it('has a row for every number typed into the campaign, the ones never called as "Not called" with why', async () => {
    const h = harness();
    const given = numbers(240, 1);
    const id = await stoppedEarly(h, () =>
      h.client.campaigns.create({ name: 'Typed numbers', callerId: '08047112233', readViaText: 'Hello', from: given }),
    );
    const campaign = h.service.get(id).campaign;
    const { done, header, rows, column } = await exporter(h)(id, 'numbers');
    expect(rows).toHaveLength(given.length);
    expect(rows).toHaveLength(statsTotal(campaign.stats ?? ({} as never)));
    expect(new Set(column('Number'))).toEqual(new Set(given.map((n) => `="${n}"`)));
    const never = rows.filter((r) => r[header.indexOf('Final outcome')] === 'Not called');
    expect(never.length).toBeGreaterThan(50);
    expect(never.length).toBe(campaign.stats?.failedNoAttempt);
    expect(new Set(never.map((r) => r[header.indexOf('Why not called')]))).toEqual(new Set(['The campaign was completed before its turn']));
    expect(never.every((r) => r[header.indexOf('Calls made')] === '0')).toBe(true);
    expect(done).toMatchObject({ outcome: 'done', result: { rows: given.length, notCalled: never.length } });
    expect(done.message).toContain(`${never.length} of them never called`);
  });

  it('reads the contacts of an Exotel list this computer does not have, names included, for the numbers never called', async () => {
    const h = harness();
    const given = numbers(200, 3);
    const [list] = await h.client.lists.create([{ name: 'Made on Exotel' }]);
    if (!list?.ok) throw new Error('no list');
    const made = await h.client.contacts.create(given.map((number, i) => ({ number, firstName: 'Member', lastName: String(i + 1) })));
    await h.client.lists.addContacts(
      list.data.sid,
      made.map((r) => (r.ok ? r.data.sid : '')),
    );
    const id = await stoppedEarly(h, () =>
      h.client.campaigns.create({ name: 'From an Exotel list', callerId: '08047112233', readViaText: 'Hello', lists: [list.data.sid] }),
    );
    const { header, rows, column } = await exporter(h)(id, 'numbers');
    expect(rows).toHaveLength(given.length);
    const never = rows.filter((r) => r[header.indexOf('Final outcome')] === 'Not called');
    expect(never.length).toBeGreaterThan(20);
    expect(never.every((r) => /^Member \d+$/.test(r[header.indexOf('Name')] ?? ''))).toBe(true);
    expect(new Set(column('Name'))).toEqual(new Set(given.map((_n, i) => `Member ${i + 1}`)));
  });
});

describe('names in exports', () => {
  it('fills the Name column from the sheet’s “Customer Name” column, and leaves out columns empty for every row', async () => {
    const h = harness();
    const given = numbers(120, 2);
    const sheet = join(dir, 'customers.csv');
    writeFileSync(
      sheet,
      [
        'Mobile,Customer Name,Due date',
        ...given.map((n, i) => `${n.slice(3)},Customer ${i + 1},2025-04-${String((i % 28) + 1).padStart(2, '0')}`),
      ].join('\r\n'),
    );
    const importer = new ContactsImporter({ db: h.db, workers: 0 });
    const preview = await importer.inspect(sheet, {});
    expect(preview.guessedNameColumns).toEqual([1]);
    const settings = defaultImportSettings(preview, { country: 'IN', listName: 'Customers' });
    // The mapping step as a user leaves it: only the due date is spoken, so the name is no variable.
    const { listId } = await importer.run(
      { ...settings, variables: settings.variables.filter((v) => v.name === 'Due date'), filePath: sheet },
      { accountId: null, signal: new AbortController().signal, onProgress: () => undefined },
    );

    const [list] = await h.client.lists.create([{ name: 'Customers' }]);
    if (!list?.ok) throw new Error('no list');
    const made = await h.client.contacts.create(given.map((number) => ({ number })));
    await h.client.lists.addContacts(
      list.data.sid,
      made.map((r) => (r.ok ? r.data.sid : '')),
    );
    new ContactsRepo(h.db).setExotelLink(listId, 'sandbox', {
      sid: list.data.sid,
      type: 'static',
      sentAt: new Date().toISOString(),
      accepted: given.length,
      duplicates: 0,
      failed: 0,
    });

    const id = await stoppedEarly(h, () =>
      h.client.campaigns.create({ name: 'Named', callerId: '08047112233', readViaText: 'Hello', lists: [list.data.sid] }),
    );
    const byNumber = (rows: string[][], header: string[]) => new Map(rows.map((r) => [r[0], r[header.indexOf('Name')]]));
    for (const mode of ['numbers', 'calls'] as const) {
      const { header, rows } = await exporter(h)(id, mode);
      expect(header).not.toContain('Customer Name');
      expect(header).toContain('Due date');
      expect(header).not.toContain('Digit pressed');
      expect(header).not.toContain('Recording URL');
      const names = byNumber(rows, header);
      expect([...names.values()].every((n) => /^Customer \d+$/.test(n ?? ''))).toBe(true);
      expect(names.get(`="${given[7]}"`)).toBe('Customer 8');
      for (let c = 0; c < header.length; c++) expect(rows.some((r) => (r[c] ?? '') !== '')).toBe(true);
      if (mode === 'numbers') expect(rows).toHaveLength(given.length);
    }
  });

  it('shows the names once when the name column is also kept as a variable, as the mapping step leaves it by default', async () => {
    const h = harness();
    const given = numbers(40, 3);
    const sheet = join(dir, 'customers-default.csv');
    writeFileSync(sheet, ['Customer Name,Mobile', ...given.map((n, i) => `Customer ${i + 1},${n.slice(3)}`)].join('\r\n'));
    const importer = new ContactsImporter({ db: h.db, workers: 0 });
    const preview = await importer.inspect(sheet, {});
    const settings = defaultImportSettings(preview, { country: 'IN', listName: 'Customers' });
    expect(settings.variables.map((v) => v.name)).toContain('Customer Name');
    const { listId } = await importer.run(
      { ...settings, filePath: sheet },
      { accountId: null, signal: new AbortController().signal, onProgress: () => undefined },
    );

    const [list] = await h.client.lists.create([{ name: 'Customers default' }]);
    if (!list?.ok) throw new Error('no list');
    const made = await h.client.contacts.create(given.map((number) => ({ number })));
    await h.client.lists.addContacts(
      list.data.sid,
      made.map((r) => (r.ok ? r.data.sid : '')),
    );
    new ContactsRepo(h.db).setExotelLink(listId, 'sandbox', {
      sid: list.data.sid,
      type: 'static',
      sentAt: new Date().toISOString(),
      accepted: given.length,
      duplicates: 0,
      failed: 0,
    });

    const id = await stoppedEarly(h, () =>
      h.client.campaigns.create({ name: 'Named twice', callerId: '08047112233', readViaText: 'Hello', lists: [list.data.sid] }),
    );
    const { header, rows } = await exporter(h)(id, 'numbers');
    expect(header).toContain('Name');
    expect(header).not.toContain('Customer Name');
    expect(rows).toHaveLength(given.length);
    expect(rows.find((r) => r[0] === `="${given[4]}"`)?.[header.indexOf('Name')]).toBe('Customer 5');
  });
});
