import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHEET = /\.(csv|tsv|xlsx|xlsm)$/i;

export function isExistingFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The sheets named on a command line (Windows and Linux pass a double-clicked file as an argument, as a path
 * or, from some Linux file managers, a file:// address), or by macOS's open-file: existing .csv, .tsv, .xlsx and .xlsm files,
 * as absolute paths, once each. Switches, the app's own path and anything else are left out.
 */
export function sheetPathsFromArgs(args: readonly string[], cwd: string, isFile: (path: string) => boolean = isExistingFile): string[] {
  const found: string[] = [];
  for (const arg of args) {
    if (!arg || arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:/i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue;
    }
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    if (SHEET.test(absolute) && !found.includes(absolute) && isFile(absolute)) found.push(absolute);
  }
  return found;
}

/**
 * Sheets the OS hands over can arrive before the app is ready (macOS sends open-file before ready): they
 * wait here until the app can take them, then go on in arrival order.
 */
export class OsFileInbox {
  private readonly waiting: string[] = [];
  private sink: ((path: string) => void) | null = null;

  receive(paths: readonly string[]): void {
    for (const path of paths) {
      if (this.sink) this.sink(path);
      else this.waiting.push(path);
    }
  }

  attach(sink: (path: string) => void): void {
    this.sink = sink;
    for (const path of this.waiting.splice(0)) sink(path);
  }
}
