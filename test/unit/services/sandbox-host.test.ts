import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExotelClient } from '../../../src/main/exotel';
import { SANDBOX_ACCOUNT_ID } from '../../../src/main/services/accounts/accounts-service';
import { SandboxHost } from '../../../src/main/services/exotel-access/sandbox-host';
import { makeServices } from '../../support/services';

function clientFor(host: SandboxHost) {
  return createExotelClient({ credentials: { baseUrl: host.baseUrl, ...host.credentials }, fetch: host.fetch, requestsPerMinute: 6000 });
}

describe('the Sandbox account', () => {
  it('answers Test connection without a network', async () => {
    const s = makeServices();
    const result = await s.accounts.test(SANDBOX_ACCOUNT_ID);
    expect(result.outcome).toBe('accepted');
    s.close();
  });

  it('starts with demo campaigns in several states', async () => {
    const host = new SandboxHost(mkdtempSync(join(tmpdir(), 'desk-sbx-')));
    const page = await clientFor(host).campaigns.list({ limit: 50 });
    const states = new Set(page.items.map((c) => c.status));
    expect(states.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps what the user made across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-sbx-'));
    const first = new SandboxHost(dir);
    const [created] = await clientFor(first).lists.create([{ name: 'Kept across restarts' }]);
    expect(created?.ok).toBe(true);
    first.save();
    const second = new SandboxHost(dir);
    const names = (await clientFor(second).lists.list({ limit: 100 })).items.map((l) => l.name);
    expect(names).toContain('Kept across restarts');
  });

  it('a damaged saved state starts over with demo data instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-sbx-'));
    writeFileSync(join(dir, 'sandbox-state.json'), '{"version":1,"trunc');
    const host = new SandboxHost(dir);
    expect((await clientFor(host).campaigns.list({ limit: 50 })).items.length).toBeGreaterThan(0);
  });
});
