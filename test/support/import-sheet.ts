import { defaultImportSettings } from '../../src/shared/contacts/default-settings';
import type { ImportCounts } from '../../src/shared/contacts/schemas';
import type { TestServices } from './services';

/** Imports a sheet the way the wizard does: inspect, take the guessed phone column, keep the other columns as variables. */
export async function importSheet(
  s: Pick<TestServices, 'files' | 'contacts' | 'jobs'>,
  filePath: string,
  listName: string,
): Promise<{ listId: string; counts: ImportCounts }> {
  const { fileId } = s.files.grant(filePath);
  const preview = await s.contacts.inspect(fileId);
  const { jobId } = s.contacts.startImport({ ...defaultImportSettings(preview, { country: 'IN', listName }), fileId });
  const finished = await s.jobs.wait(jobId);
  if (finished?.outcome !== 'done') throw new Error(`import ended ${finished?.outcome}: ${finished?.message}`);
  return finished.result as { listId: string; counts: ImportCounts };
}
