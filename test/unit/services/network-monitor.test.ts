import { describe, expect, it } from 'vitest';
import { NetworkMonitor } from '../../../src/main/services/app/network-monitor';
import { RecordingDesktop } from '../../../src/main/platform/test-ports';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { SettingsRepo } from '../../../src/main/store/settings-repo';

describe('online state', () => {
  it('tells the window once when the laptop goes offline and once when it is back', () => {
    const desktop = new RecordingDesktop();
    const events: Array<{ event: string; payload: unknown }> = [];
    const monitor = new NetworkMonitor({
      desktop,
      settings: new SettingsRepo(openMemoryDatabase()),
      emit: (event, payload) => events.push({ event, payload }),
    });
    const seen: boolean[] = [];
    monitor.onChange((online) => seen.push(online));
    expect(monitor.check()).toBe(false);
    desktop.online = false;
    expect(monitor.check()).toBe(true);
    expect(monitor.check()).toBe(false);
    desktop.online = true;
    monitor.check();
    expect(seen).toEqual([false, true]);
    expect(events.map((e) => (e.payload as { online: boolean }).online)).toEqual([false, true]);
  });

  it('answers with the state now, not as of the last poll, and tells the window of the change once', () => {
    const desktop = new RecordingDesktop();
    const events: Array<{ event: string; payload: unknown }> = [];
    const monitor = new NetworkMonitor({
      desktop,
      settings: new SettingsRepo(openMemoryDatabase()),
      emit: (event, payload) => events.push({ event, payload }),
      intervalMs: 60_000,
    });
    monitor.start();
    try {
      desktop.online = false;
      // No poll has run since the network dropped: a launch asked now must still see it.
      expect(monitor.isOnline()).toBe(false);
      expect(monitor.state().online).toBe(false);
      expect(events.map((e) => (e.payload as { online: boolean }).online)).toEqual([false]);
    } finally {
      monitor.stop();
    }
  });

  it('remembers the last sync time across restarts', () => {
    const db = openMemoryDatabase();
    const monitor = new NetworkMonitor({ desktop: new RecordingDesktop(), settings: new SettingsRepo(db), emit: () => undefined });
    monitor.markSynced(new Date('2026-11-27T05:00:00Z'));
    const again = new NetworkMonitor({ desktop: new RecordingDesktop(), settings: new SettingsRepo(db), emit: () => undefined });
    expect(again.state()).toEqual({ online: true, pretendOffline: false, lastSyncAt: '2026-11-27T05:00:00.000Z' });
  });
});
