import type { SheetJobProgress } from './sheet-job';

export interface ImportProgress {
  phase: string;
  done: number;
  total: number | null;
  message: string;
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
      emit({ phase: 'checking', done: p.bytesRead, total: p.sizeBytes, message: rowsText(p.rows) });
    },
    saving(rows: number): void {
      emit({ phase: 'saving', done: rows, total: rows, message: `Saving ${COUNT.format(rows)} rows` });
    },
  };
}
