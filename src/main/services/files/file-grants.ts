import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { FileGrant } from '../../../shared/files/schemas';
import { AppError } from '../../../shared/ipc/result';
import type { EventSink } from '../../platform/desktop';

/**
 * The only way a file reaches the services from the window: main grants an opaque id for a path it got
 * itself (the open dialog, a drop passed through the preload, the OS opening a file with the app), and
 * the window can name only those ids. A renderer bug cannot make main read anything else.
 */
export class FileGrants {
  private readonly granted = new Map<string, { path: string; fileName: string }>();

  constructor(private readonly deps: { emit: EventSink }) {}

  /** Call only with a path main obtained itself, never with one that came from the window. */
  grant(path: string): FileGrant {
    const fileId = randomBytes(16).toString('hex');
    const fileName = basename(path);
    this.granted.set(fileId, { path, fileName });
    return { fileId, fileName };
  }

  /** The OS asked the app to open a file (file association, a file on the command line): the window opens the import on it. */
  openedByOs(path: string): void {
    this.deps.emit('files:opened', this.grant(path));
  }

  pathOf(fileId: string): string {
    return this.entry(fileId).path;
  }

  nameOf(fileId: string): string {
    return this.entry(fileId).fileName;
  }

  private entry(fileId: string): { path: string; fileName: string } {
    const entry = this.granted.get(fileId);
    if (!entry) throw new AppError('not-found', 'The app no longer has that file open: choose it again.');
    return entry;
  }
}
