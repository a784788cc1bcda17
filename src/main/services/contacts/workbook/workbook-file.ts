import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** What a zip file holds, as far as the import cares: an Excel workbook, an OpenDocument sheet, or something else. */
export type ZipKind = 'xlsx' | 'ods' | 'other';

/**
 * A zip file opened for reading its parts in any order: the directory at its end lists every
 * part, so a workbook's shared strings can be read before its sheets whatever order the parts
 * were stored in, and a sheet can be read without unpacking the ones before it.
 */
export class ZipParts {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(filePath: string): Promise<ZipParts> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl.open(filePath, { lazyEntries: true, autoClose: false }, (error, file) =>
        error || !file ? reject(error ?? new Error('no zip')) : resolve(file),
      );
    });
    const entries = new Map<string, Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve());
        zip.on('entry', (entry: Entry) => {
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw error;
    }
    return new ZipParts(zip, entries);
  }

  get kind(): ZipKind {
    if (this.entries.has('xl/workbook.xml')) return 'xlsx';
    return this.entries.has('content.xml') ? 'ods' : 'other';
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The part's size once unpacked, as the directory says (the reader holds the part to it). */
  sizeOf(path: string): number {
    return this.entries.get(path)?.uncompressedSize ?? 0;
  }

  /** The unpacked bytes of one part, streamed. */
  open(path: string): Promise<Readable> {
    const entry = this.entries.get(path);
    if (!entry) return Promise.reject(new Error(`the workbook has no part ${path}`));
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error ?? new Error('no stream')) : resolve(stream)));
    });
  }

  close(): void {
    this.zip.close();
  }
}

const ROW = Buffer.from('<row');
const ROW_END = Buffer.from('</row>');
const VALUE = Buffer.from('<v');
const INLINE = Buffer.from('<is>');

/**
 * Rows of a sheet's XML that hold a value or a text (`<v>` or `<is>`); rows of formatting alone are
 * not counted. The bytes are searched as they unpack, with no string made of them: a fraction of
 * the time a full read takes, so the preview can show every sheet's size.
 */
export async function countRowsIn(stream: Readable): Promise<number> {
  let rows = 0;
  let carry: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let at = 0;
    for (;;) {
      const start = nextRowTag(bytes, at);
      if (start < 0) {
        // A tag may be cut by the chunk's end: keep its start for the next chunk.
        at = Math.max(at, bytes.length - ROW.length);
        break;
      }
      const openEnd = bytes.indexOf(0x3e, start);
      if (openEnd < 0) {
        at = start;
        break;
      }
      if (bytes[openEnd - 1] === 0x2f) {
        at = openEnd + 1;
        continue;
      }
      const close = bytes.indexOf(ROW_END, openEnd);
      if (close < 0) {
        at = start;
        break;
      }
      if (holds(bytes, VALUE, openEnd, close) || holds(bytes, INLINE, openEnd, close)) rows++;
      at = close + ROW_END.length;
    }
    carry = at < bytes.length ? Buffer.from(bytes.subarray(at)) : null;
  }
  return rows;
}

function holds(bytes: Buffer, tag: Buffer, from: number, to: number): boolean {
  const found = bytes.indexOf(tag, from);
  return found >= 0 && found < to;
}

/** `<row` followed by a space or `>`, not `<rowBreaks` or the like. */
function nextRowTag(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf(ROW, from); at >= 0; at = bytes.indexOf(ROW, at + ROW.length)) {
    const next = bytes[at + ROW.length];
    if (next === undefined) return at;
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) return at;
  }
  return -1;
}
