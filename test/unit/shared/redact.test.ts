import { describe, expect, it } from 'vitest';
import { redact, redactError, rememberSecret } from '../../../src/shared/redact';

describe('log redaction', () => {
  it('removes Authorization headers, tokens and credentials in URLs', () => {
    const line = redact(
      'GET https://key1:tok-secret-99@api.exotel.com/v2 Authorization: Basic a2V5MTp0b2stc2VjcmV0LTk5 {"apiToken":"tok-secret-99","api_token=tok-secret-99"}',
    );
    expect(line).not.toContain('tok-secret-99');
    expect(line).not.toContain('a2V5MTp0b2stc2VjcmV0LTk5');
    expect(line).toContain('api.exotel.com/v2');
  });

  it('keeps the rest of an error readable', () => {
    const text = redactError(new Error('401 from Exotel with header authorization=Basic abcdefghijkl'));
    expect(text).toContain('401 from Exotel');
    expect(text).not.toContain('abcdefghijkl');
  });

  it('catches lower-case headers, escaped JSON, other secret names and URLs whose password holds a slash', () => {
    const cases = [
      'authorization: basic a2V5MTp0b2stc2VjcmV0LTk5',
      'AUTHORIZATION=bearer abc.def-secret-99',
      String.raw`{\"apiToken\":\"tok-secret-99\"}`,
      '{"password":"tok-secret-99"}',
      'secret=tok-secret-99&x=1',
      "{ api_secret: 'tok-secret-99' }",
      'https://key1:tok/secret-99@api.exotel.com/v2/accounts',
    ];
    for (const line of cases) {
      const out = redact(line);
      expect(out, line).not.toMatch(/tok.?secret-99|a2V5MTp0b2stc2VjcmV0LTk5|abc\.def-secret-99/);
      expect(out, line).toContain('[redacted]');
    }
    expect(redact('https://key1:tok/secret-99@api.exotel.com/v2/accounts')).toContain('api.exotel.com/v2/accounts');
  });

  it('removes a secret the app holds wherever it appears, however it is written', () => {
    rememberSecret('Zq81-held-token');
    for (const line of ['token value Zq81-held-token in prose', 'q=Zq81-held-token', `${encodeURIComponent('Zq81-held-token')}`]) {
      expect(redact(line)).not.toContain('Zq81-held-token');
    }
    expect(redact('nothing secret here')).toBe('nothing secret here');
  });
});
