import type { ContactRow } from '../../../shared/contacts/schemas';

/** Lists scanned recently; a user switches between a few lists and messages at most. */
const KEPT = 16;

/**
 * Which referenced variables are empty, over every valid row of a list, kept as a count per combination
 * (bit i set: variables[i] is empty). One pass over the list answers every "leave out rows without…"
 * choice afterwards, so typing in the message or ticking a box never reads the list again.
 */
export interface EmptyScan {
  variables: string[];
  valid: number;
  byMask: Map<number, number>;
}

const isEmpty = (value: string | undefined) => value === undefined || value.trim() === '';

export function scanEmpty(rows: Iterable<ContactRow>, variables: readonly string[]): EmptyScan {
  const byMask = new Map<number, number>();
  let valid = 0;
  for (const row of rows) {
    valid++;
    let mask = 0;
    for (let i = 0; i < variables.length; i++) if (isEmpty(row.variables[variables[i] as string])) mask |= 1 << i;
    byMask.set(mask, (byMask.get(mask) ?? 0) + 1);
  }
  return { variables: [...variables], valid, byMask };
}

/** Rows with an empty value, per variable. */
export function emptyByVariable(scan: EmptyScan): Record<string, number> {
  const out: Record<string, number> = {};
  scan.variables.forEach((name, i) => {
    let n = 0;
    for (const [mask, count] of scan.byMask) if (mask & (1 << i)) n += count;
    out[name] = n;
  });
  return out;
}

/** Rows kept when those empty in any of `skip` are left out. */
export function keptCount(scan: EmptyScan, skip: readonly string[]): number {
  let skipMask = 0;
  scan.variables.forEach((name, i) => {
    if (skip.includes(name)) skipMask |= 1 << i;
  });
  let kept = 0;
  for (const [mask, count] of scan.byMask) if ((mask & skipMask) === 0) kept += count;
  return kept;
}

/** Whether a row is left out by the skip choice. */
export function isSkipped(row: ContactRow, skip: readonly string[]): boolean {
  return skip.some((name) => isEmpty(row.variables[name]));
}

/** Scans per list and set of referenced variables, the least recently used dropped first. */
export class EmptyScanCache {
  private readonly scans = new Map<string, EmptyScan>();

  get(listId: string, variables: readonly string[], rows: () => Iterable<ContactRow>): EmptyScan {
    const key = `${listId}\u0000${[...variables].sort().join('\u0000')}`;
    const found = this.scans.get(key);
    if (found) {
      this.scans.delete(key);
      this.scans.set(key, found);
      return found;
    }
    const scan = scanEmpty(rows(), variables);
    this.scans.set(key, scan);
    if (this.scans.size > KEPT) this.scans.delete(this.scans.keys().next().value as string);
    return scan;
  }

  /** A list's rows changed or it was deleted. */
  forget(listId: string): void {
    for (const key of [...this.scans.keys()]) if (key.startsWith(`${listId}\u0000`)) this.scans.delete(key);
  }
}
