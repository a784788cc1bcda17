import type { SheetJobProgress } from './sheet-job';

export interface ImportProgress {
  phase: string;
  done: number;
  total: number | null;
  message: string;
  /** The total is worked out from the share of the file read so far. */
  estimated?: boolean;
}

const COUNT = new Intl.NumberFormat('en-IN');

/** Progress in whole percent steps, so a million rows make a hundred events, not thousands. */
export function progressReporter(emit: (p: ImportProgress) => void) {
  let lastPercent = -1;
  const rowsText = (rows: number): string => `${COUNT.format(rows)} rows checked`;
  return {
    started(): void {
      emit({ phase: 'reading', done: 0, total: null, message: 'Opening the file' });
    },
    checking(p: SheetJobProgress): void {
      const percent = p.sizeBytes === 0 ? 100 : Math.floor((p.bytesRead / p.sizeBytes) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      // Rows are what the user thinks in; the file's size only tells how many there will be, roughly.
      const estimate = p.bytesRead > 0 ? Math.max(p.rows, Math.round((p.rows * p.sizeBytes) / p.bytesRead)) : null;
      emit({ phase: 'checking', done: p.rows, total: estimate, message: rowsText(p.rows), estimated: percent < 100 });
    },
    saving(rows: number): void {
      emit({ phase: 'saving', done: rows, total: rows, message: `Saving ${COUNT.format(rows)} rows` });
    },
  };
}
