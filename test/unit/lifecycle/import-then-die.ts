// Run as a child process: starts an import and kills itself with SIGKILL once rows are being saved.
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';
import { makeServices } from '../../support/services';

const [userDataDir, sheet] = process.argv.slice(2) as [string, string];
const s = makeServices({
  userDataDir,
  importWorkers: 0,
  emit: (event, payload) => {
    const p = payload as { phase?: string; done?: number };
    if (event === 'progress' && p.done && p.done > 0) process.kill(process.pid, 'SIGKILL');
  },
});
const { fileId } = s.files.grant(sheet);
void s.contacts.inspect(fileId).then((preview) => {
  s.contacts.startImport({ ...defaultImportSettings(preview, { country: 'IN', listName: 'Renewals' }), fileId });
});
