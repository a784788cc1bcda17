import { StringDecoder } from 'node:string_decoder';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffFile } from '../../../src/main/services/contacts/sniff-file';
import { createChunkDecoder, decodeWindows1252 } from '../../../src/main/services/contacts/text-decoding';
import type { AppError } from '../../../src/shared/ipc/result';
import { detectDelimiter } from '../../../src/shared/contacts/detect-delimiter';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('detecting the encoding', () => {
  it('reads UTF-16 without a byte-order mark from its zero bytes', async () => {
    const le = file('le.csv', Buffer.from('Name,Phone\r\nAsha,9876543210\r\n', 'utf16le'));
    const be = file('be.csv', Buffer.from('Name,Phone\r\nAsha,9876543210\r\n', 'utf16le').swap16());
    expect((await sniffFile(le)).encoding).toBe('utf-16le');
    expect((await sniffFile(be)).encoding).toBe('utf-16be');
    expect((await sniffFile(be)).sample.startsWith('Name,Phone')).toBe(true);
  });

  it('checks the whole file, so one Windows-1252 é far past the start decides it', async () => {
    const ascii = 'Name,Phone\r\n' + 'Asha,9876543210\r\n'.repeat(150_000);
    const path = file('late.csv', Buffer.concat([Buffer.from(ascii), Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x39, 0x0d, 0x0a])]));
    expect((await sniffFile(path)).encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 when a multi-byte character straddles its read chunks', async () => {
    // The scan reads a megabyte at a time: put the two bytes of é on either side of that edge.
    const head = 'Name,Phone\r\n';
    const body = head + 'x'.repeat(1024 * 1024 - 1 - head.length) + 'é,9876543210\r\n' + 'Zoë,9876543211\r\n'.repeat(1000);
    expect(Buffer.from(body).subarray(1024 * 1024 - 1, 1024 * 1024 + 1)).toEqual(Buffer.from('é'));
    expect((await sniffFile(file('wide.csv', Buffer.from(body)))).encoding).toBe('utf-8');
  });

  it('refuses as binary a file of more than 1% control characters; tabs, line and form feeds do not count', async () => {
    const rows = 'Asha,9876543210\r\n'.repeat(60); // 1,020 characters
    const sheet = (name: string, extra: string) => file(name, Buffer.from(`Name,Phone\r\n${rows}${extra}`));
    const refused = (path: string) =>
      sniffFile(path).then(
        () => null,
        (error: unknown) => (error as AppError).details,
      );
    // Eleven of about 1,050 characters is just over 1%, ten just under.
    expect(await refused(sheet('eleven.csv', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u007f'))).toEqual({
      kind: 'binary-file',
    });
    expect(await refused(sheet('ten.csv', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u001f'))).toBeNull();
    expect(await refused(sheet('spaces.csv', '\t\f\r\n'.repeat(20)))).toBeNull();
  });

  it('takes the encoding the user chose over its own guess', async () => {
    const path = file('chosen.csv', Buffer.from('Name,Phone\r\nJosé,9876543210\r\n'));
    const sniffed = await sniffFile(path, 'windows-1252');
    expect(sniffed.encoding).toBe('windows-1252');
    expect(sniffed.sample).toContain('JosÃ©');
  });
});

describe('decoding', () => {
  it('maps every Windows-1252 byte from 0x80 to 0x9F as Windows does', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(decodeWindows1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(decodeWindows1252(Buffer.from([0x4a, 0xe9, 0xf1]))).toBe('Jéñ');
  });

  it('decodes UTF-16 BE fed in odd-sized pieces, surrogate pairs included', () => {
    const text = 'Name,📞\r\nमीरा,9876543210\r\n';
    const bytes = Buffer.from(text, 'utf16le').swap16();
    const decoder = createChunkDecoder('utf-16be');
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) out += decoder.write(bytes.subarray(i, i + 3));
    expect(out + decoder.end()).toBe(text);
  });

  it('decodes UTF-8 cut anywhere as Node decodes it whole: characters, bad bytes and a mark in a cell alike', () => {
    // A cell may start with U+FEFF (text pasted from elsewhere), after the file's own mark was skipped.
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFName,Zoë ’ 😀\r\n'),
      Buffer.from([0xc3, 0x41, 0xe2, 0x80, 0x0a, 0xf0, 0x9f, 0xff, 0xed, 0xa0, 0x80, 0x80]),
      Buffer.from('\uFEFF,9876543210\r\n'),
    ]);
    const whole = new StringDecoder('utf8');
    const expected = whole.write(bytes) + whole.end();
    expect(expected.startsWith('\uFEFFName')).toBe(true);
    for (let size = 1; size <= 7; size++) {
      const decoder = createChunkDecoder('utf-8');
      let out = '';
      for (let i = 0; i < bytes.length; i += size) out += decoder.write(bytes.subarray(i, i + size));
      expect(out + decoder.end(), `pieces of ${size} bytes`).toBe(expected);
    }
  });

  it('decodes UTF-8 split inside a character', () => {
    const bytes = Buffer.from('Zoë,Åsa');
    const decoder = createChunkDecoder('utf-8');
    expect(decoder.write(bytes.subarray(0, 3)) + decoder.write(bytes.subarray(3)) + decoder.end()).toBe('Zoë,Åsa');
  });
});

describe('detecting the delimiter', () => {
  it.each([
    ['Name,Phone,City\nA,1,X\nB,2,Y\n', ','],
    ['Naam;Telefoon;Bedrag\nA;1;12,50\nB;2;3,00\n', ';'],
    ['Name\tPhone\nSharma, Ravi\t1\nRao, Asha\t2\n', '\t'],
    ['name|phone\na|1\nb|2\n', '|'],
    ['"Sharma; Ravi",Phone\n"a;b;c",1\n', ','],
    ['Phone\n9876543210\n', ','],
  ])('reads %j as delimited by %j', (sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });
});
