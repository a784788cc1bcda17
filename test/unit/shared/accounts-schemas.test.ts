import { describe, expect, it } from 'vitest';
import { AccountCreateInput, checkCustomHost } from '../../../src/shared/accounts/schemas';

const valid = { name: 'Ops', accountSid: 'acme1', apiKey: 'key123', apiToken: 'tok456', region: 'mumbai' as const };

describe('custom API host', () => {
  it('accepts https anywhere and keeps only the origin', () => {
    expect(checkCustomHost('https://api.example.com/v2/')).toEqual({ ok: true, origin: 'https://api.example.com' });
    expect(checkCustomHost('api.example.com')).toEqual({ ok: true, origin: 'https://api.example.com' });
  });

  it('allows plain http only to this computer', () => {
    expect(checkCustomHost('http://127.0.0.1:4010')).toEqual({ ok: true, origin: 'http://127.0.0.1:4010' });
    expect(checkCustomHost('http://localhost:4010').ok).toBe(true);
    const remote = checkCustomHost('http://api.example.com');
    expect(remote.ok).toBe(false);
    expect(!remote.ok && remote.message).toMatch(/only to this computer/);
  });

  it('refuses credentials in the address and other schemes', () => {
    expect(checkCustomHost('https://key:token@api.example.com').ok).toBe(false);
    expect(checkCustomHost('ftp://api.example.com').ok).toBe(false);
    expect(checkCustomHost('').ok).toBe(false);
  });
});

describe('account form', () => {
  it('names the field that is wrong', () => {
    const result = AccountCreateInput.safeParse({ ...valid, accountSid: 'has space', region: 'custom', customHost: 'http://evil.example' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['accountSid', 'customHost']));
  });

  it('defaults the country to IN and upper-cases it', () => {
    expect(AccountCreateInput.parse(valid).defaultCountry).toBe('IN');
    expect(AccountCreateInput.parse({ ...valid, defaultCountry: 'sg' }).defaultCountry).toBe('SG');
  });

  it('says in plain words when a field is missing', () => {
    const result = AccountCreateInput.safeParse({ name: 'Ops', region: 'mumbai' });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Enter the API token');
    expect(messages.join(' ')).not.toMatch(/expected string/);
  });

  it('rejects unknown fields rather than storing them', () => {
    expect(AccountCreateInput.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });
});
