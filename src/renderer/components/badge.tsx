import type { ReactNode } from 'react';

export type Tone = 'ok' | 'bad' | 'warn' | 'muted' | 'info' | 'sandbox' | 'accent';

// A symbol beside each label so the meaning never rests on colour alone.
const SYMBOLS: Record<Tone, string> = {
  ok: '✓',
  bad: '✕',
  warn: '!',
  muted: '–',
  info: '…',
  sandbox: '◆',
  accent: '●',
};

export function Badge({ tone, children, symbol = true }: { tone: Tone; children: ReactNode; symbol?: boolean }) {
  return (
    <span className={`badge badge-${tone}`}>
      {symbol ? (
        <span className="badge-symbol" aria-hidden="true">
          {SYMBOLS[tone]}
        </span>
      ) : null}
      {children}
    </span>
  );
}
