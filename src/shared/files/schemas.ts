import { z } from 'zod';

/**
 * A file main has agreed to read, as the window holds it: an unguessable id and the file's name for
 * display. The path stays in main; the window can only hand the id back.
 */
export const FileId = z.string().regex(/^[0-9a-f]{32}$/, 'Not a file the app opened: choose the file again');
export const FileGrant = z.object({ fileId: FileId, fileName: z.string() });
export type FileGrant = z.infer<typeof FileGrant>;
