import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSheet } from '../../../bench/sheet-generator';
import { makeServices } from '../../support/services';

describe('an import killed in the middle', () => {
  it('is removed at the next start and the user is told in Activity to import it again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'interrupted-'));
    const userDataDir = mkdtempSync(join(root, 'data-'));
    const sheet = join(root, 'renewals.csv');
    await writeSheet(sheet, { rows: 200_000, seed: 9 });
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'import-then-die.ts'), userDataDir, sheet], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const s = makeServices({ userDataDir });
    try {
      expect(s.contacts.all()).toEqual([]);
      const lines = s.activity.recent(20).filter((a) => a.kind === 'import');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'warning' });
      expect(lines[0]?.message).toMatch(/^The import of renewals\.csv \(as “Renewals”\) was interrupted .*import it again\.$/);
    } finally {
      await s.close();
    }
  }, 150_000);
});
