import { describe, expect, it } from 'vitest';
import { NetworkMonitor } from '../../../src/main/services/network-monitor';
import { RecordingDesktop } from '../../../src/main/platform/test-ports';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { SettingsRepo } from '../../../src/main/store/settings-repo';

describe('online state', () => {
  it('tells the window once when the laptop goes offline and once when it is back', () => {
    const desktop = new RecordingDesktop();
    const events: Array<{ event: string; payload: unknown }> = [];
    const monitor = new NetworkMonitor({ desktop, settings: new SettingsRepo(openMemoryDatabase()), emit: (event, payload) => events.push({ event, payload }) });
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

  it('remembers the last sync time across restarts', () => {
    const db = openMemoryDatabase();
    const monitor = new NetworkMonitor({ desktop: new RecordingDesktop(), settings: new SettingsRepo(db), emit: () => undefined });
    monitor.markSynced(new Date('2026-11-27T05:00:00Z'));
    const again = new NetworkMonitor({ desktop: new RecordingDesktop(), settings: new SettingsRepo(db), emit: () => undefined });
    expect(again.state()).toEqual({ online: true, lastSyncAt: '2026-11-27T05:00:00.000Z' });
  });
});
