import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContactsRepo } from '../src/main/store/contacts-repo';
import type { DraftFields } from '../src/shared/compose/draft';
import { importSheet } from '../test/support/import-sheet';
import { makeServices } from '../test/support/services';
import { writeSheet } from './sheet-generator';

/**
 * `npm run bench`: what the composer asks of main while the user types in a message for a 100,000-row list.
 * The baseline, measured in the same run, is one plain read of the list's valid rows from SQLite. The first
 * `compose:audience` for a message scans the list once (about one baseline); every keystroke after that (save
 * the draft, then ask again) must cost a small fraction of it, since the scan is kept per list and variables.
 */

const ROWS = 100_000;
const KEYSTROKES = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-compose-'));
  const s = makeServices();
  try {
    const file = join(root, 'contacts.csv');
    await writeSheet(file, { rows: ROWS });
    const { listId, counts } = await importSheet(s, file, 'Bench list');
    const lists = new ContactsRepo(s.db);

    const reads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      let n = 0;
      for (const _row of lists.validRows(listId)) n++;
      reads.push(performance.now() - t);
      if (n !== counts.valid) throw new Error('the read missed rows');
    }
    const baseline = median(reads);

    const draft = s.drafts.create({ kind: 'list', listId });
    const { id: _id, accountId: _a, createdAt: _c, updatedAt: _u, launchedItemId: _l, ...fields } = draft;
    const message = 'Hello @@Name, your @@Amount Due is due on @@Due Date.';
    const withText = (text: string): DraftFields => ({
      ...fields,
      content: { kind: 'text', text, flowType: 'greeting', repeatMenuAttempts: 0 },
    });

    s.drafts.save(draft.id, withText(message));
    let t = performance.now();
    const first = await s.compose.audience(draft.id);
    const firstMs = performance.now() - t;

    const keys: number[] = [];
    for (let k = 0; k < KEYSTROKES; k++) {
      // Typing after the references: the referenced variables stay the same, only the text grows.
      t = performance.now();
      s.drafts.save(draft.id, withText(`${message} Please pay${'.'.repeat(k)}`));
      await s.compose.audience(draft.id);
      keys.push(performance.now() - t);
    }
    const keyMs = median(keys);
    console.log(`list: ${counts.valid} valid rows; empty values: ${JSON.stringify(first.emptyByVariable)}; route: ${first.route}`);
    console.log(`baseline (read every valid row): ${baseline.toFixed(1)} ms`);
    console.log(`first audience (one scan): ${firstMs.toFixed(1)} ms = ${(firstMs / baseline).toFixed(2)} x baseline`);
    console.log(
      `each keystroke (save + audience), median of ${KEYSTROKES}: ${keyMs.toFixed(2)} ms = ${(keyMs / baseline).toFixed(4)} x baseline`,
    );
    console.log(
      JSON.stringify({
        rows: counts.valid,
        firstScanRatio: Number((firstMs / baseline).toFixed(2)),
        keystrokeRatio: Number((keyMs / baseline).toFixed(4)),
      }),
    );
  } finally {
    s.close();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
