import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import { UPDATES_OFF, type UpdateState } from '../../shared/ipc/channels/desktop';

/** What the window can ask of updating: where it stands, and to restart into a downloaded update. */
export interface Updates {
  state(): UpdateState;
  /** True when a downloaded update is being installed (the app quits and starts again). */
  restart(): boolean;
}

/** The settings key of the update feed's address; empty or missing means updates are off. */
export const UPDATE_FEED_SETTING = 'updates.feedUrl';

/** A feed is an https folder (or, for testing a feed on this computer, plain http to loopback). */
export function parseFeedUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The few settings calls the feed needs (SettingsRepo). */
export interface FeedSettings {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
}

/**
 * The feed to check, or null for none. A deployment sets it once with CAMPAIGN_DESK_UPDATE_URL (empty clears
 * it); the app keeps it as a setting from then on. An address that is not an https folder is refused with a
 * log line that says why, and updating stays off.
 */
export function configuredFeed(settings: FeedSettings, env: Readonly<Record<string, string | undefined>>, log: UpdatesLog): string | null {
  const fromEnv = env.CAMPAIGN_DESK_UPDATE_URL;
  if (fromEnv !== undefined) settings.set(UPDATE_FEED_SETTING, fromEnv.trim());
  const raw = settings.get<unknown>(UPDATE_FEED_SETTING);
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const feed = parseFeedUrl(raw);
  if (!feed) log.warn(`updates stay off: the update feed "${raw}" is not an https address (plain http only to 127.0.0.1)`);
  return feed;
}

export interface UpdatesLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * electron-updater on a generic feed: checks once at start, downloads in the background, and then waits for
 * the user's "Restart to update". The updater is passed in, so this runs (and is tested) without Electron.
 */
export class DesktopUpdates implements Updates {
  private current: UpdateState = UPDATES_OFF;

  constructor(
    private readonly updater: AppUpdater,
    private readonly onChange: (state: UpdateState) => void,
    private readonly log: UpdatesLog,
  ) {}

  /** Starts a check when a feed is set; with none, updating stays off. */
  start(feedUrl: string | null): Promise<void> {
    if (!feedUrl) return Promise.resolve();
    const { updater } = this;
    updater.logger = this.log;
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = false;
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    updater.on('checking-for-update', () => this.set({ status: 'checking', version: null, message: null }));
    updater.on('update-not-available', () => this.set({ status: 'idle', version: null, message: null }));
    updater.on('update-available', (info: UpdateInfo) => this.set({ status: 'downloading', version: info.version, message: null }));
    updater.on('download-progress', (progress: ProgressInfo) =>
      this.set({ ...this.current, status: 'downloading', message: `${Math.floor(progress.percent)}% downloaded` }),
    );
    updater.on('update-downloaded', (info: UpdateInfo) => this.set({ status: 'ready', version: info.version, message: null }));
    updater.on('error', (error: Error) => {
      this.log.warn(`update check failed: ${error.message}`);
      this.set({
        status: 'error',
        version: null,
        message: 'The update could not be checked or downloaded; the app will try again at its next start.',
      });
    });
    // Failures of the check and of the download are reported through 'error'.
    return updater.checkForUpdates().then(
      (result) => void result?.downloadPromise?.catch(() => undefined),
      () => undefined,
    );
  }

  state(): UpdateState {
    return this.current;
  }

  restart(): boolean {
    if (this.current.status !== 'ready') return false;
    // Let the answer reach the window before the app quits.
    setImmediate(() => this.updater.quitAndInstall(false, true));
    return true;
  }

  private set(next: UpdateState): void {
    this.current = next;
    this.onChange(next);
  }
}
