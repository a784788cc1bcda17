import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'campaign-check.ts');

async function campaignCheck(...args: string[]): Promise<{ code: number; lines: string[]; last: Record<string, unknown> }> {
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' }));
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    ({ stdout, code } = failed);
  }
  const lines = stdout.trim().split('\n');
  return { code, lines, last: JSON.parse(lines.at(-1) ?? '') as Record<string, unknown> };
}

describe('npm run campaign:check in plan mode', () => {
  it('prints the daily runs of India’s 09:00–21:00 hours as one JSON line with offsets', async () => {
    const { code, lines, last } = await campaignCheck('--numbers', '100000', '--rate', '60', '--start', '2026-12-08T10:00+05:30');
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    // 11 hours on day 1 and 12 after, at 60 a minute with the 90% margin: 35,640, then 38,880 a day.
    expect(last).toEqual({
      plan: [
        { send_at: '2026-12-08T10:00:00+05:30', end_at: '2026-12-08T21:00:00+05:30', numbers: 35_640 },
        { send_at: '2026-12-09T09:00:00+05:30', end_at: '2026-12-09T21:00:00+05:30', numbers: 38_880 },
        { send_at: '2026-12-10T09:00:00+05:30', end_at: '2026-12-10T21:00:00+05:30', numbers: 25_480 },
      ],
    });
  });

  it('keeps narrower hours and days: a Saturday start skips Sunday and crosses into the next month', async () => {
    const { code, last } = await campaignCheck(
      ...['--numbers', '20000', '--rate', '20', '--start', '2026-10-31T08:00', '--hours', '10:00-19:00', '--days', 'Mon-Sat'],
    );
    expect(code).toBe(0);
    const plan = last.plan as { send_at: string; end_at: string; numbers: number }[];
    expect(plan.map((d) => d.send_at)).toEqual(['2026-10-31T10:00:00+05:30', '2026-11-02T10:00:00+05:30', '2026-11-03T10:00:00+05:30']);
    expect(plan.every((d) => d.end_at.endsWith('T19:00:00+05:30'))).toBe(true);
    // 9 hours at 20 a minute with the 90% margin: 9,720 a day, and the rest on the third.
    expect(plan.map((d) => d.numbers)).toEqual([9720, 9720, 560]);
  });

  it('plans fewer numbers a day when retries are due, and reads the hours in another zone', async () => {
    const plain = await campaignCheck(
      '--numbers',
      '5000',
      '--rate',
      '10',
      '--start',
      '2026-12-08T09:00Z',
      '--country',
      'GB',
      '--hours',
      '09:00-17:00',
    );
    const retried = await campaignCheck(
      ...[
        '--numbers',
        '5000',
        '--rate',
        '10',
        '--start',
        '2026-12-08T09:00Z',
        '--country',
        'GB',
        '--hours',
        '09:00-17:00',
        '--retries',
        '2',
      ],
    );
    const first = (r: { last: Record<string, unknown> }) => (r.last.plan as { send_at: string; numbers: number }[])[0];
    expect(first(plain)).toMatchObject({ send_at: '2026-12-08T09:00:00+00:00', numbers: 4320 });
    expect(first(retried)?.numbers).toBeLessThan(4320);
  });

  it('answers bad arguments with a message naming the option and status 2', async () => {
    const cases: [string[], string][] = [
      [['--numbers', 'many', '--rate', '60', '--start', '2026-12-08T10:00+05:30'], '--numbers'],
      [['--numbers', '10', '--rate', '0', '--start', '2026-12-08T10:00+05:30'], '--rate'],
      [['--numbers', '10', '--rate', '60', '--start', 'tomorrow'], '--start'],
      [['--numbers', '10', '--rate', '60', '--start', '2026-12-08T10:00+05:30', '--hours', '21:00-09:00'], '--hours'],
      [['--numbers', '10', '--rate', '60', '--start', '2026-12-08T10:00+05:30', '--days', 'Funday'], '--days'],
      [['--numbers', '10', '--rate', '60', '--start', '2026-12-08T10:00+05:30', '--zone', 'Mars/Base'], '--zone'],
      [['--numbers', '10', '--rate', '60', '--start', '2026-12-08T10:00+05:30', '--retries', '5'], '--retries'],
    ];
    for (const [args, option] of cases) {
      const { code, last } = await campaignCheck(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(last.error).toBe('usage');
      expect(String(last.message)).toContain(option);
    }
  });
});
