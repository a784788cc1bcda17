import { z } from 'zod';
import { FileGrant, FileId } from '../../files/schemas';
import { JobStarted } from '../../jobs/schemas';
import { ContactListView, ImportSettings, ReadOptions, RowsPage, RowsQuery, SheetPreview } from '../../contacts/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

export const contactChannels = {
  /** Opens the native file dialog and grants the chosen file; null when the user cancels. The path stays in main. */
  'contacts:chooseFile': { input: z.undefined(), output: z.object({ file: FileGrant.nullable() }) },
  'contacts:inspect': {
    input: z.strictObject({ fileId: FileId, options: ReadOptions.optional() }),
    output: SheetPreview,
  },
  /** Reads, checks and saves the whole sheet as a job; the job's result is `{ listId }`. */
  'contacts:import': { input: ImportSettings, output: JobStarted },
  'contacts:all': { input: z.undefined(), output: z.array(ContactListView) },
  'contacts:get': { input: ById, output: ContactListView },
  'contacts:rows': { input: RowsQuery, output: RowsPage },
  'contacts:rename': { input: z.strictObject({ id: z.string().min(1), name: z.string().trim().min(1).max(100) }), output: ContactListView },
  'contacts:delete': { input: ById, output: z.object({ deleted: z.boolean() }) },
  /** Asks where to save, then writes every row that is not valid with its row number and reason. */
  'contacts:exportProblems': { input: ById, output: z.object({ filePath: z.string().nullable(), rows: z.number() }) },
  /** Sends the list to the active Exotel account as a job; sending again reuses the same Exotel list. */
  'contacts:send': {
    input: z.strictObject({ id: z.string().min(1), type: z.enum(['static', 'dynamic']) }),
    output: JobStarted,
  },
} as const;
