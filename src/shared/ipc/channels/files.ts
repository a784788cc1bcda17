import { z } from 'zod';
import { FileGrant } from '../../files/schemas';

/**
 * Channels only the preload calls, never exposed on window.api: a dropped file's path comes from the
 * preload (Electron's webUtils.getPathForFile on a File the user really dropped), not from the page.
 */
export const preloadChannels = {
  'files:dropped': { input: z.strictObject({ path: z.string().min(1).max(4096) }), output: FileGrant },
} as const;
