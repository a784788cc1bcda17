import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sheet } from '../contacts/helpers';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'campaign-check.ts');

async function campaignCheck(...args: string[]): Promise<{ code: number; last: Record<string, unknown> }> {
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' }));
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    ({ stdout, code } = failed);
  }
  return { code, last: JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown> };
}

const MESSAGE = 'Hi @@Name @@Last name , your order ID is @@Order ID . Ref @@Ticket';

describe('npm run campaign:check', () => {
  it('reads the sheet and the message: names as Exotel gets them, references, unknowns, empty values, samples', async () => {
    const { code, last } = await campaignCheck(sheet('orders.csv'), '--text', MESSAGE, '--country', 'IN');
    expect(code).toBe(0);
    expect(Object.keys(last)).toEqual(['rows', 'valid', 'variables', 'references', 'unknown', 'emptyValueRows', 'samples']);
    expect(last).toEqual({
      rows: 5,
      valid: 4,
      variables: ['Name', 'Last name', 'Order ID'],
      references: ['Name', 'Last name', 'Order ID'],
      unknown: ['Ticket'],
      emptyValueRows: { Name: 0, 'Last name': 0, 'Order ID': 1 },
      samples: [
        { row: 2, number: '+919876543210', text: 'Hi Asha Rao , your order ID is A-1001 . Ref @@Ticket' },
        { row: 3, number: '+919876543211', text: 'Hi रवि कुमार , your order ID is  . Ref @@Ticket' },
        { row: 4, number: '+919876543212', text: 'Hi Meena Iyer , your order ID is A-1003 . Ref @@Ticket' },
      ],
    });
  });

  it('renders one chosen row', async () => {
    const { last } = await campaignCheck(sheet('orders.csv'), '--text', 'Dear @@Name', '--row', '6');
    expect(last.samples).toEqual([{ row: 6, number: '+919876543214', text: 'Dear John' }]);
  });

  it('answers a file that is not a sheet with an error line and status 2', async () => {
    const { code, last } = await campaignCheck(sheet('binary.csv'), '--text', 'Hi');
    expect(code).toBe(2);
    expect(last).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    const usage = await campaignCheck(sheet('orders.csv'));
    expect(usage.code).toBe(2);
    expect(usage.last.message).toContain('--text');
  });
});
