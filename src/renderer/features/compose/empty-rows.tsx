import { useState } from 'react';
import type { ContactSample } from '../../../shared/compose/views';
import { parseTemplate, renderTemplate } from '../../../shared/template';
import { Button } from '../../components/button';
import { call, desk, toApiError } from '../../lib/api';
import { formatCount, countOf } from '../../lib/format';
import { FormError } from '../../components/error-notice';

/** The sentence around the first use of `variable`, as a contact with no value would hear it. */
export function heardWithout(text: string, names: readonly string[], variable: string, values: Readonly<Record<string, string>>): string {
  const at = parseTemplate(text, names).find((s) => s.kind === 'ref' && s.name === variable);
  if (!at || at.kind !== 'ref') return '';
  const blank = { ...values, [variable]: '' };
  const before = renderTemplate(text.slice(0, at.from), names, blank).text;
  const after = renderTemplate(text.slice(at.to), names, blank).text;
  const start = Math.max(before.search(/[^.!?\n]*$/u), 0);
  const endMatch = /[.!?\n]/u.exec(after);
  const end = endMatch ? endMatch.index + (endMatch[0] === '\n' ? 0 : 1) : after.length;
  const sentence = (before.slice(start) + after.slice(0, end)).replace(/\s+/gu, ' ').trim();
  return sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence;
}

interface EmptyRowsProps {
  draftId: string;
  text: string;
  variables: readonly string[];
  emptyByVariable: Record<string, number>;
  values: Readonly<Record<string, string>>;
  skipped: readonly string[];
  onSkip: (variable: string, skip: boolean) => void;
  disabled?: boolean;
}

const PAGE = 50;

/** "12 contacts have no Order ID: they would hear …", with the rows behind the count and a way to leave them out. */
export function EmptyRows({ draftId, text, variables, emptyByVariable, values, skipped, onSkip, disabled }: EmptyRowsProps) {
  const [shown, setShown] = useState<{ variable: string; total: number; rows: ContactSample[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(emptyByVariable).filter(([, n]) => n > 0);
  if (entries.length === 0) return null;

  const list = async (variable: string) => {
    if (shown?.variable === variable) {
      setShown(null);
      return;
    }
    try {
      const page = await call(desk().compose.emptyRows({ draftId, variable, offset: 0, limit: PAGE }));
      setShown({ variable, ...page });
      setError(null);
    } catch (cause) {
      setError(toApiError(cause).message);
    }
  };

  return (
    <div className="empty-rows" aria-label="Contacts with empty values">
      {entries.map(([variable, n]) => {
        const heard = heardWithout(text, variables, variable, values);
        const skip = skipped.includes(variable);
        return (
          <div key={variable} className="banner banner-warn empty-row">
            <p>
              <strong>
                {countOf(n, 'contact')} {n === 1 ? 'has' : 'have'} no {variable}
              </strong>
              {heard ? (
                <>
                  : {n === 1 ? 'it' : 'they'} would hear “{heard}”
                </>
              ) : null}
              {skip ? ' They are left out of this campaign.' : ''}
            </p>
            <div className="row">
              <Button size="sm" onClick={() => void list(variable)} aria-expanded={shown?.variable === variable}>
                {shown?.variable === variable ? 'Hide them' : `Show them`}
              </Button>
              <label className="check">
                <input type="checkbox" checked={skip} disabled={disabled} onChange={(e) => onSkip(variable, e.target.checked)} />
                Leave them out
              </label>
            </div>
            {shown?.variable === variable ? (
              <div className="empty-row-list">
                <ul aria-label={`Contacts with no ${variable}`}>
                  {shown.rows.map((r) => (
                    <li key={r.row} className="num">
                      Row {formatCount(r.row)} · <span className="mono">{r.number}</span>
                    </li>
                  ))}
                </ul>
                {shown.total > shown.rows.length ? (
                  <p className="muted">
                    The first {formatCount(shown.rows.length)} of {formatCount(shown.total)} are shown.
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      <FormError message={error} />
    </div>
  );
}
