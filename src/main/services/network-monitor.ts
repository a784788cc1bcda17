import type { NetworkState } from '../../shared/ipc/channels/app';
import type { Desktop, EventSink } from '../platform/desktop';
import type { SettingsRepo } from '../store/settings-repo';

const LAST_SYNC_KEY = 'lastSyncAt';

/** Watches the desktop's online state and tells the window when it changes; also keeps the last sync time. */
export class NetworkMonitor {
  private last: boolean;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<(online: boolean) => void>();

  constructor(private readonly deps: { desktop: Desktop; settings: SettingsRepo; emit: EventSink; intervalMs?: number }) {
    this.last = deps.desktop.isOnline();
  }

  start(): void {
    this.timer ??= setInterval(() => this.check(), this.deps.intervalMs ?? 3000);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads the state now; returns true when it changed. */
  check(): boolean {
    const online = this.deps.desktop.isOnline();
    if (online === this.last) return false;
    this.last = online;
    this.deps.emit('network:changed', this.state());
    for (const listener of this.listeners) listener(online);
    return true;
  }

  onChange(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The state now, not as of the last poll: a launch made the moment the network drops waits in the outbox instead
   * of going out on a state seconds old. A change found here is told to the window and the listeners as a poll would.
   */
  isOnline(): boolean {
    this.check();
    return this.last;
  }

  state(): NetworkState {
    this.check();
    return { online: this.last, lastSyncAt: this.deps.settings.get<string>(LAST_SYNC_KEY) };
  }

  markSynced(at: Date): void {
    this.deps.settings.set(LAST_SYNC_KEY, at.toISOString());
    this.deps.emit('network:changed', this.state());
  }
}
