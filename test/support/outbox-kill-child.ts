// The app's services in a process of their own, for the kill -9 test: queues one launch and waits to be killed.
import { createAppServices } from '../../src/main/app-services';
import { QueuedDialogs, RecordingDesktop, RecordingNotifier } from '../../src/main/platform/test-ports';
import { campaignInput, createItem } from './outbox-soak/outbox-world';
import { MemorySecrets } from './memory-secrets';

async function main(): Promise<void> {
  const [dir, host, accountSid, apiKey, apiToken, name] = process.argv.slice(2) as [string, string, string, string, string, string];
  const s = createAppServices({
    userDataDir: dir,
    secrets: new MemorySecrets(),
    dialogs: new QueuedDialogs(),
    desktop: new RecordingDesktop(),
    notifier: new RecordingNotifier(),
    fetch: (url, init) => fetch(url, init),
    emit: () => undefined,
    shell: 'web-host',
    version: '0.0.0-test',
    platform: process.platform,
    importWorkers: 0,
  });
  const account = await s.accounts.create({ name: 'Loopback Exotel', accountSid, apiKey, apiToken, region: 'custom', customHost: host });
  const item = s.outbox.enqueue(createItem(account.id, name, campaignInput(['+919876500001', '+919876500002'])));
  process.stdout.write(`QUEUED ${account.id} ${item.id}\n`);
  setInterval(() => undefined, 60_000);
}

void main();
