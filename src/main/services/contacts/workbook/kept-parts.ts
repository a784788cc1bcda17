/**
 * The parsed styles and shared strings of the workbook last previewed on this thread, kept for
 * the import that usually follows it, so the import does not parse them again. One workbook at
 * a time; it is known by its path, size and modification time, so a file changed in between is
 * read afresh. The import takes it; previewing another workbook replaces it.
 */
export interface KeptParts<T> {
  key: string;
  parts: T;
}

/** A preview left without an import lets its parts go after this long. */
const KEEP_MS = 10 * 60_000;

export class PartsKeeper<T> {
  private kept: KeptParts<T> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** The parts kept for `key`, left kept (a preview may read the workbook again). */
  peek(key: string): T | null {
    return this.kept?.key === key ? this.kept.parts : null;
  }

  /** The parts kept for `key`, no longer kept; nothing is kept after this call. */
  take(key: string): T | null {
    const found = this.peek(key);
    this.drop();
    return found;
  }

  keep(key: string, parts: T): void {
    this.drop();
    this.kept = { key, parts };
    this.timer = setTimeout(() => this.drop(), KEEP_MS);
    this.timer.unref();
  }

  private drop(): void {
    this.kept = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
