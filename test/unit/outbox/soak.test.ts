import { describe, expect, it } from 'vitest';
import { runSoak } from '../../support/outbox-soak/soak';

describe('outbox soak (short run of npm run soak:outbox)', () => {
  it('150 operations through lost answers, 5xx, timeouts, 429, offline and kills: nothing made twice, nothing lost', async () => {
    const report = await runSoak({ ops: 150, seed: 3 });
    expect(report.line).toMatchObject({ ops: 150, duplicates: 0, lost: 0, couldHaveSettled: 0, daysTwice: 0 });
    // Plans of daily runs went through the same faults: their days queued together, none made twice.
    expect(report.line.planDays).toBeGreaterThan(15);
    expect(report.wrongFailures).toBe(0);
    // The run met what it is about: faults, a stretch offline and the process killed mid-send.
    expect(report.line.faults).toBeGreaterThan(20);
    expect(report.offlineOps).toBeGreaterThan(0);
    expect(report.kills).toBe(2);
    expect(report.line.created).toBeGreaterThan(50);
  }, 120_000);
});
