/**
 * A child process for the crash test: opens the store in the folder given, makes a draft for the Sandbox
 * account, saves it once per "keystroke" as the composer does, says after each save, then waits to be killed.
 */
import { DraftsRepo } from '../../../src/main/store/drafts-repo';
import { openDatabase } from '../../../src/main/store/db';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { blankFields } from '../../../src/main/services/compose/draft-origins';

const [dir, id, keystrokes] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dir);
const accounts = new AccountsRepo(db);
const at = new Date().toISOString();
if (!accounts.get('acct')) {
  accounts.insert({ id: 'acct', kind: 'exotel', name: 'Ops', accountSid: 'acme', apiKey: 'k', region: 'mumbai', host: 'https://api.in.exotel.com', defaultCountry: 'IN', callerId: '08000000001', createdAt: at, updatedAt: at });
}
const drafts = new DraftsRepo(db);
const fields = blankFields('Dues December', { callerIds: ['08000000001'], accountThrottle: 60, timeZone: 'Asia/Kolkata' });
drafts.insert({ id, accountId: 'acct', fields, at });
const message = 'Hello @@First Name, your dues are pending.';
const count = Number(keystrokes);
for (let i = 1; i <= count; i++) {
  const text = message.slice(0, Math.round((message.length * i) / count));
  drafts.save(id, { ...fields, content: { kind: 'text', text, flowType: 'greeting', repeatMenuAttempts: 0 } }, new Date().toISOString());
  process.stdout.write(`saved ${i} ${JSON.stringify(text)}\n`);
}
// Keep the connection open and the process alive: the test kills it with SIGKILL, as a crash would.
setInterval(() => undefined, 60_000);
