import type { NetworkState } from '../../../shared/ipc/channels/app';
import type { Desktop, EventSink } from '../../platform/desktop';
import type { SettingsRepo } from '../../store/settings-repo';

const LAST_SYNC_KEY = 'lastSyncAt';
const PRETEND_KEY = 'pretendOffline';

/**
 * Watches the desktop's online state and tells the window when it changes; also keeps the last sync time.
 * "Pretend to be offline" (offered on the Sandbox) is part of that same state: while it is on, the app is offline
 * for everything that asks here (the outbox, syncs, sends), the Sandbox included, exactly as after a network loss.
 */
export class NetworkMonitor {
  private last: boolean;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<(online: boolean) => void>();

  private pretending: boolean;

  constructor(private readonly deps: { desktop: Desktop; settings: SettingsRepo; emit: EventSink; intervalMs?: number }) {
    this.pretending = deps.settings.get<boolean>(PRETEND_KEY) === true;
    this.last = this.read();
  }

  private read(): boolean {
    return !this.pretending && this.deps.desktop.isOnline();
  }

  /** Switches pretending on or off (kept across restarts); the change reaches the window and the outbox at once. */
  pretendOffline(on: boolean): NetworkState {
    this.pretending = on;
    this.deps.settings.set(PRETEND_KEY, on);
    if (!this.check()) this.deps.emit('network:changed', this.state());
    return this.state();
  }

  /**
   * Whether the app can reach this account's Exotel: the Sandbox runs inside the app and needs no network, but
   * not while pretending to be offline; a real account needs the network.
   */
  reaches(account: { kind: 'sandbox' | 'exotel' }): boolean {
    if (account.kind === 'sandbox') {
      this.check();
      return !this.pretending;
    }
    return this.isOnline();
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
    const online = this.read();
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
    return { online: this.last, pretendOffline: this.pretending, lastSyncAt: this.deps.settings.get<string>(LAST_SYNC_KEY) };
  }

  markSynced(at: Date): void {
    this.deps.settings.set(LAST_SYNC_KEY, at.toISOString());
    this.deps.emit('network:changed', this.state());
  }
}
