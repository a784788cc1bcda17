import { open } from 'node:fs/promises';
import type { SniffedFile } from './sniff-file';
import { createChunkDecoder } from './text-decoding';

/**
 * The decoded start of the sheet, up to `bytes` of it: more than the sniffed head, so the
 * columns are scored on a thousand rows and more of most sheets.
 */
export async function sampleText(sniffed: SniffedFile, bytes: number): Promise<{ text: string; complete: boolean }> {
  if (sniffed.complete || sniffed.sampleOnly === true) return { text: sniffed.sample, complete: sniffed.complete };
  const length = Math.min(sniffed.sizeBytes, bytes + sniffed.bomLength);
  const buffer = Buffer.alloc(length);
  const handle = await open(sniffed.filePath, 'r');
  try {
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    const complete = bytesRead >= sniffed.sizeBytes;
    const decoder = createChunkDecoder(sniffed.encoding);
    const text = decoder.write(buffer.subarray(sniffed.bomLength, bytesRead)) + (complete ? decoder.end() : '');
    return { text, complete };
  } finally {
    await handle.close();
  }
}
