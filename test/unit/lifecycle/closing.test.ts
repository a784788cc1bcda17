import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSheet } from '../../../bench/sheet-generator';
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';
import type { JobFinished } from '../../../src/shared/jobs/schemas';
import { makeServices } from '../../support/services';

describe('quitting while a job runs', () => {
  it('lets the running import stop and clean up before the store closes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'closing-')), 'big.csv');
    await writeSheet(path, { rows: 60_000, seed: 5 });
    const s = makeServices({ importWorkers: 1 });
    const { fileId } = s.files.grant(path);
    const preview = await s.contacts.inspect(fileId);
    s.contacts.startImport({ ...defaultImportSettings(preview, { country: 'IN', listName: 'Big' }), fileId });
    // Quit at once, while the import is reading; a deadline far beyond what a loaded machine needs to stop it.
    await s.close({ deadlineMs: 60_000 });
    const finished = s.events.filter((e) => e.event === 'job:finished').map((e) => e.payload as JobFinished);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ kind: 'import', outcome: 'cancelled' });
    expect(s.db.open).toBe(false);
  });

  it('closes the store at the deadline even when a job does not stop', async () => {
    const s = makeServices();
    s.jobs.start({ kind: 'sync', title: 'Stuck', accountId: null, work: () => new Promise<never>(() => undefined), describe: () => '' });
    const started = Date.now();
    await s.close({ deadlineMs: 100 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(s.db.open).toBe(false);
  });
});
