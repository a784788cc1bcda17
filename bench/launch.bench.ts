import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../src/main/app-services';
import { QueuedDialogs, RecordingDesktop, RecordingNotifier } from '../src/main/platform/test-ports';
import { MemorySecrets } from '../test/support/memory-secrets';
import { defaultImportSettings } from '../src/shared/contacts/default-settings';
import { processingTime } from '../src/main/sandbox/uploads';
import { writeSheet } from './sheet-generator';

/**
 * `npm run bench:launch`: a 100,000-contact launch on the Sandbox, the way the app does it (the composer's
 * launch, the outbox, the list sent as a dynamic CSV upload, Exotel's processing of it, then the campaign), timed
 * from the confirm to Exotel's campaign. The baseline is the Sandbox's own simulated processing of that upload
 * (2 s plus 0.5 s per 1,000 rows, read from the upload it made), which no launch can beat. The sheet is imported
 * in another process, so the peak RSS is the launch's own.
 * Last line: {"contacts","launch_ms","simulated_ms","ratio","peak_rss_mb"}. Goals: ratio at most 1.2, under 300 MB.
 */
const CONTACTS = 100_000;
const NAME = 'Bench launch';

function services(dir: string): AppServices {
  return createAppServices({
    userDataDir: dir,
    secrets: new MemorySecrets(),
    dialogs: new QueuedDialogs(),
    desktop: new RecordingDesktop(),
    notifier: new RecordingNotifier(),
    fetch: () => Promise.reject(new Error('the bench uses the Sandbox only')),
    emit: () => undefined,
    shell: 'web-host',
    version: '0.0.0-bench',
    platform: process.platform,
    importWorkers: 0,
    contractChecks: 'strip',
  });
}

/** The sheet imported and a draft that calls it with a message using its columns: a dynamic list send. */
async function fill(dir: string): Promise<string> {
  const sheet = join(dir, 'contacts.csv');
  await writeSheet(sheet, { rows: CONTACTS, invalidShare: 0, duplicateShare: 0 });
  const s = services(dir);
  try {
    const { fileId } = s.files.grant(sheet);
    const preview = await s.contacts.inspect(fileId);
    const { jobId } = s.contacts.startImport({ ...defaultImportSettings(preview, { country: 'IN', listName: 'Bench contacts' }), fileId });
    const finished = await s.jobs.wait(jobId);
    if (finished?.outcome !== 'done') throw new Error(`the import ended ${finished?.outcome}: ${finished?.message}`);
    const { listId } = finished.result as { listId: string };
    const draft = s.drafts.create({ kind: 'list', listId });
    const {
      id: _id,
      accountId: _a,
      createdAt: _c,
      updatedAt: _u,
      launchedItemId: _l,
      editsCampaignId: _e,
      ...fields
    } = s.drafts.get(draft.id);
    s.drafts.save(draft.id, {
      ...fields,
      name: NAME,
      content: {
        kind: 'text',
        text: 'Namaste @@Name, your dues of @@Amount Due are pending.',
        flowType: 'greeting',
        repeatMenuAttempts: 0,
      },
    });
    return draft.id;
  } finally {
    await s.close();
  }
}

async function launch(
  dir: string,
  draftId: string,
): Promise<{ launchMs: number; simulatedMs: number; contacts: number; peakRssMb: number }> {
  const s = services(dir);
  try {
    const check = await s.compose.check(draftId);
    if (!check.ready || !check.summary) throw new Error(`the draft is not ready: ${JSON.stringify(check.issues)}`);
    const began = performance.now();
    const item = await s.compose.launch(draftId, NAME, check.summary.numbers);
    const settled = await s.outbox.track(item.id);
    const campaignId = settled.result?.campaignId;
    if (settled.view.state !== 'done' || !campaignId) throw new Error(`the launch ended ${settled.view.state}: ${settled.view.message}`);
    const account = s.accounts.activeAccount();
    if (!account) throw new Error('no active account');
    const campaign = await (await s.access.clientFor(account)).campaigns.get(campaignId);
    const launchMs = performance.now() - began;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    if (campaign.name !== NAME) throw new Error(`Exotel's campaign is named ${campaign.name}`);
    const sent = item.dependsOn ? await s.outbox.track(item.dependsOn) : null;
    const rows = sent?.result?.list?.accepted ?? 0;
    if (rows !== CONTACTS) throw new Error(`Exotel took ${rows} rows of the list, not ${CONTACTS}`);
    return { launchMs, simulatedMs: processingTime(rows), contacts: rows, peakRssMb };
  } finally {
    await s.close();
  }
}

function child(args: string[]): string {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (run.status !== 0) throw new Error(`bench step ${args[0]} failed: ${run.stderr || run.stdout}`);
  return run.stdout.trim().split('\n').pop() ?? '';
}

async function main(): Promise<void> {
  const [mode, dir, draftId] = process.argv.slice(2);
  if (mode === '--fill' && dir) return console.log(await fill(dir));
  if (mode === '--launch' && dir && draftId) return console.log(JSON.stringify(await launch(dir, draftId)));
  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-launch-'));
  try {
    const filled = performance.now();
    const id = child(['--fill', root]);
    console.log(`imported ${CONTACTS.toLocaleString('en-IN')} contacts in ${Math.round(performance.now() - filled)} ms`);
    const r = JSON.parse(child(['--launch', root, id])) as Awaited<ReturnType<typeof launch>>;
    const ratio = r.launchMs / r.simulatedMs;
    console.log(
      `launch ${Math.round(r.launchMs)} ms against the Sandbox's ${r.simulatedMs} ms of processing, peak RSS ${Math.round(r.peakRssMb)} MB`,
    );
    console.log(
      JSON.stringify({
        contacts: r.contacts,
        launch_ms: Math.round(r.launchMs),
        simulated_ms: r.simulatedMs,
        ratio: Number(ratio.toFixed(3)),
        peak_rss_mb: Math.round(r.peakRssMb),
      }),
    );
    if (ratio > 1.2 || r.peakRssMb >= 300) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
