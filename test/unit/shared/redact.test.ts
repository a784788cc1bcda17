import { describe, expect, it } from 'vitest';
import { redact, redactError } from '../../../src/shared/redact';

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
});
