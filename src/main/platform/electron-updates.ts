import { autoUpdater } from 'electron-updater';
import type { UpdateState } from '../../shared/ipc/channels/desktop';
import type { SettingsRepo } from '../store/settings-repo';
import { configuredFeed, DesktopUpdates, type UpdatesLog } from './updates';

/** The installed app checks its feed once at start, when one is set; in development updating stays off. */
export function startUpdates(options: {
  packaged: boolean;
  settings: SettingsRepo;
  log: UpdatesLog;
  onChange(state: UpdateState): void;
}): DesktopUpdates | undefined {
  if (!options.packaged) return undefined;
  const feed = configuredFeed(options.settings, process.env, options.log);
  if (!feed) return undefined;
  const updates = new DesktopUpdates(autoUpdater, options.onChange, options.log);
  void updates.start(feed);
  return updates;
}
