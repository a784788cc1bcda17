import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { describe, expect, it } from 'vitest';
import { LOG_MAX_BYTES, redactingHook, redactLogData, rendererErrorLine } from '../../../src/main/platform/log-file';

describe('the log file', () => {
  it('writes entries with tokens, Authorization headers and URL passwords removed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'campaign-desk-log-')), 'main.log');
    log.transports.console.level = false;
    log.transports.file.resolvePathFn = () => file;
    log.transports.file.maxSize = LOG_MAX_BYTES;
    log.hooks.push(redactingHook);
    log.error(
      'request failed',
      { headers: { Authorization: 'Basic c2lkOnNlY3JldHRva2Vu' } },
      new Error('GET https://key:supersecret@api.exotel.com/v2 failed'),
    );
    log.info('saved api_token=abcd1234efgh5678');
    await new Promise((r) => setTimeout(r, 100));
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('request failed');
    expect(written).toContain('[redacted]');
    for (const secret of ['c2lkOnNlY3JldHRva2Vu', 'supersecret', 'abcd1234efgh5678']) expect(written).not.toContain(secret);
  });

  it('keeps values that hold no secret as they were', () => {
    expect(redactLogData(['import finished', 42, null])).toEqual(['import finished', 42, null]);
  });

  it('logs the window’s errors with the script and line, and nothing below an error', () => {
    expect(
      rendererErrorLine({
        level: 'error',
        message: 'Uncaught TypeError: x is undefined',
        sourceId: 'app://desk/assets/index-abc.js',
        lineNumber: 12,
      }),
    ).toBe('[renderer] Uncaught TypeError: x is undefined (assets/index-abc.js:12)');
    expect(rendererErrorLine({ level: 'error', message: 'token=abcdef123456 rejected', sourceId: '', lineNumber: 0 })).toBe(
      '[renderer] token=[redacted] rejected',
    );
    expect(rendererErrorLine({ level: 'warning', message: 'slow', sourceId: '', lineNumber: 0 })).toBeNull();
  });
});
