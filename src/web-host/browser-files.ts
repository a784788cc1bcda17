import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Dialogs } from '../main/platform/dialogs';

/** A download the page is told about: it fetches the bytes by token and saves them under the name. */
export interface Offered {
  token: string;
  fileName: string;
}

/** A name as the page or the app gave it, safe as one file name in a folder of its own. */
export function safeFileName(name: string, fallback: string): string {
  const last = basename(name.replace(/\\/g, '/'));
  const plain = [...last]
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .trim();
  return plain && plain !== '.' && plain !== '..' ? plain : fallback;
}

/**
 * The dialog ports of `npm run preview:web`, where the browser is the desktop: a file the user picks in the
 * browser's chooser (or drops) is uploaded and kept in a folder of its own under its own name, and a file the app
 * saves goes to a folder of its own and then to the browser as a download. The e2e suite answers dialogs instead.
 */
export class BrowserFiles implements Dialogs {
  private readonly saving = new Map<string, string>();
  private readonly ready = new Map<string, string>();

  constructor(private readonly userDataDir: string) {}

  /** The page opens the browser's own chooser and uploads what was picked; the host has no dialog of its own. */
  async openSheet(): Promise<string | null> {
    return null;
  }

  async saveCsv(defaultName: string): Promise<string | null> {
    const token = randomBytes(16).toString('hex');
    const path = join(this.userDataDir, 'downloads', token, safeFileName(defaultName, 'export.csv'));
    await mkdir(dirname(path), { recursive: true });
    this.saving.set(path, token);
    return path;
  }

  async saveReport(defaultName: string, format: 'pdf' | 'png'): Promise<string | null> {
    return this.saveCsv(safeFileName(defaultName, `report.${format}`));
  }

  /** Keeps bytes the page sent (a chosen or dropped file) under their own name; main grants the path it returns. */
  async receive(name: string, bytes: Buffer): Promise<string> {
    const path = join(this.userDataDir, 'uploads', randomBytes(8).toString('hex'), safeFileName(name, 'sheet.csv'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    return path;
  }

  /**
   * When an answer or a finished job names a file this port handed out, the file is written: it becomes a download,
   * and the copy of the answer the page gets names it as the browser will (its file name), not by the host's folder.
   */
  offer<T>(value: T): { value: T; offered: Offered } | null {
    const path = fileHolder(value)?.filePath;
    const token = path === undefined ? undefined : this.saving.get(path);
    if (path === undefined || token === undefined) return null;
    this.saving.delete(path);
    this.ready.set(token, path);
    const fileName = basename(path);
    const copy = structuredClone(value);
    fileHolder(copy)!.filePath = fileName;
    return { value: copy, offered: { token, fileName } };
  }

  /** The path of a written file, once: the folder goes when the page has it. */
  take(token: string): { path: string; done: () => Promise<void> } | null {
    const path = this.ready.get(token);
    if (!path) return null;
    this.ready.delete(token);
    return { path, done: () => rm(dirname(path), { recursive: true, force: true }) };
  }
}

/** The object carrying `filePath`: an answer's data, or a finished job's result. */
function fileHolder(value: unknown): { filePath: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { filePath?: unknown; result?: unknown; data?: unknown };
  if (typeof v.filePath === 'string') return v as { filePath: string };
  return fileHolder(v.result) ?? fileHolder(v.data);
}
