import { z } from 'zod';

/** What the application menu asks of the window; the renderer acts on each as it does on its shortcut. */
export const MenuCommand = z.enum(['new-campaign', 'open-sheet', 'export', 'find']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Where updating stands. 'off' when no update feed is set (the default) or the app is not an installed build;
 * 'ready' when a downloaded update waits for a restart.
 */
export const UpdateState = z.object({
  status: z.enum(['off', 'idle', 'checking', 'downloading', 'ready', 'error']),
  version: z.string().nullable(),
  message: z.string().nullable(),
});
export type UpdateState = z.infer<typeof UpdateState>;

export const UPDATES_OFF: UpdateState = { status: 'off', version: null, message: null };

export const desktopChannels = {
  'desktop:updateState': { input: z.undefined(), output: UpdateState },
  'desktop:restartToUpdate': { input: z.undefined(), output: z.object({ restarting: z.boolean() }) },
} as const;

export const desktopEvents = {
  'menu:command': z.object({ command: MenuCommand }),
  'update:changed': UpdateState,
} as const;
