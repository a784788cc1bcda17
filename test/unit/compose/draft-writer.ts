/**
 * A child process for the crash test: the app's services over the folder given make a draft and save it once
 * per "keystroke" as the composer does, say after each save, then wait to be killed.
 */
import { makeServices } from '../../support/services';

const [dir, keystrokes] = process.argv.slice(2) as [string, string];
const s = makeServices({ userDataDir: dir });
const draft = s.drafts.create({ kind: 'blank' });
const { id, accountId: _a, createdAt: _c, updatedAt: _u, launchedItemId: _l, ...fields } = draft;
process.stdout.write(`draft ${id}\n`);
const message = 'Hello @@First Name, your dues are pending.';
const count = Number(keystrokes);
for (let i = 1; i <= count; i++) {
  const text = message.slice(0, Math.round((message.length * i) / count));
  s.drafts.save(id, { ...fields, name: 'Dues December', content: { kind: 'text', text, flowType: 'greeting', repeatMenuAttempts: 0 } });
  process.stdout.write(`saved ${i} ${JSON.stringify(text)}\n`);
}
// Keep the database open and the process alive: the test kills it with SIGKILL, as a crash would.
setInterval(() => undefined, 60_000);
