import { useEffect, useState } from 'react';
import type { Audience } from '../../../shared/compose/draft';
import type { AudienceView } from '../../../shared/compose/views';
import type { ContactListView } from '../../../shared/contacts/schemas';
import { SelectField } from '../../components/field';
import { call, desk } from '../../lib/api';
import { formatCount, countOf } from '../../lib/format';
import type { FieldMessages } from './field-messages';

interface AudienceSectionProps {
  audience: Audience;
  view: AudienceView | null;
  accountId: string;
  onChange: (audience: Audience) => void;
  messages: FieldMessages;
  disabled?: boolean;
}

const KINDS: { value: Audience['kind']; label: string; hint: string }[] = [
  { value: 'list', label: 'A contact list', hint: 'Imported on this computer' },
  { value: 'exotel-lists', label: 'Lists on Exotel', hint: 'Up to 5 static, or 1 dynamic' },
  { value: 'numbers', label: 'Numbers I type', hint: 'Or paste, one a line' },
];

function blank(kind: Audience['kind'], lists: ContactListView[]): Audience {
  if (kind === 'list') return { kind, listId: lists[0]?.id ?? '' };
  if (kind === 'exotel-lists') return { kind, type: 'static', sids: [] };
  return { kind, text: '' };
}

function splitSids(text: string): string[] {
  return text
    .split(/[\s,;]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Who is called: a saved list, Exotel lists, or typed numbers; the count and the route always in view. */
export function AudienceSection({ audience, view, accountId, onChange, messages, disabled }: AudienceSectionProps) {
  const [lists, setLists] = useState<ContactListView[]>([]);
  const [sidText, setSidText] = useState(audience.kind === 'exotel-lists' ? audience.sids.join('\n') : '');

  useEffect(() => {
    let live = true;
    void call(desk().contacts.all())
      .then((all) => live && setLists(all))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const sent = lists.flatMap((l) => l.exotel.filter((x) => x.accountId === accountId).map((x) => ({ ...x, name: l.name })));

  return (
    <section className="compose-section" aria-labelledby="who-title">
      <h2 id="who-title">Who is called</h2>
      <div className="radio-row" role="radiogroup" aria-label="Who is called">
        {KINDS.map((k) => (
          <label key={k.value} className="radio-card">
            <input
              type="radio"
              name="audience-kind"
              value={k.value}
              checked={audience.kind === k.value}
              disabled={disabled}
              onChange={() => onChange(blank(k.value, lists))}
            />
            <span>
              <strong>{k.label}</strong>
              <span className="muted">{k.hint}</span>
            </span>
          </label>
        ))}
      </div>

      {audience.kind === 'list' ? (
        <SelectField
          label="Contact list"
          data-field="audience"
          value={audience.listId}
          disabled={disabled}
          error={messages.error('audience')}
          options={[
            ...(audience.listId && !lists.some((l) => l.id === audience.listId)
              ? [{ value: audience.listId, label: view?.label ?? 'The chosen list' }]
              : []),
            ...(audience.listId ? [] : [{ value: '', label: 'Choose a list…' }]),
            ...lists.map((l) => ({ value: l.id, label: `${l.name} (${countOf(l.counts.valid, 'valid number')})` })),
          ]}
          onChange={(listId) => onChange({ kind: 'list', listId })}
        />
      ) : null}

      {audience.kind === 'exotel-lists' ? (
        <div className="form-grid">
          <SelectField
            label="List type"
            value={audience.type}
            disabled={disabled}
            options={[
              { value: 'static', label: 'Static (up to 5 lists)' },
              { value: 'dynamic', label: 'Dynamic (1 list, with variables)' },
            ]}
            onChange={(type) => onChange({ ...audience, type: type as 'static' | 'dynamic' })}
          />
          <div className={messages.error('audience') ? 'field field-invalid' : 'field'}>
            <label className="field-label" htmlFor="exotel-sids">
              Exotel list SIDs
            </label>
            <textarea
              id="exotel-sids"
              data-field="audience"
              className="input textarea-sm mono"
              rows={2}
              value={sidText}
              disabled={disabled}
              aria-invalid={messages.error('audience') ? true : undefined}
              onChange={(e) => {
                setSidText(e.target.value);
                onChange({ ...audience, sids: splitSids(e.target.value).slice(0, 5) });
              }}
            />
            {messages.error('audience') ? <p className="field-error">{messages.error('audience')}</p> : null}
            {sent.length ? (
              <p className="field-hint">
                Sent from here:{' '}
                {sent.map((s) => (
                  <button
                    key={s.sid}
                    type="button"
                    className="link-button"
                    disabled={disabled}
                    onClick={() => {
                      const sids = audience.type === 'dynamic' ? [s.sid] : [...new Set([...audience.sids, s.sid])].slice(0, 5);
                      setSidText(sids.join('\n'));
                      onChange({ ...audience, type: s.type, sids });
                    }}
                  >
                    {s.name} ({s.type})
                  </button>
                ))}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}

      {audience.kind === 'numbers' ? (
        <div className={messages.error('audience') ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor="typed-numbers">
            Numbers, one a line (at most 5,000)
          </label>
          <textarea
            id="typed-numbers"
            data-field="audience"
            className="input mono"
            rows={5}
            value={audience.text}
            disabled={disabled}
            aria-invalid={messages.error('audience') ? true : undefined}
            onChange={(e) => onChange({ kind: 'numbers', text: e.target.value })}
          />
          {messages.error('audience') ? <p className="field-error">{messages.error('audience')}</p> : null}
          {view && view.invalidCount > 0 ? (
            <div className="banner banner-warn" role="status">
              <p>
                <strong>{countOf(view.invalidCount, 'number')} cannot be called</strong> and will be left out:
              </p>
              <ul className="invalid-lines">
                {view.invalid.map((i) => (
                  <li key={i.line}>
                    Line {formatCount(i.line)}: <span className="mono">{i.text}</span> — {i.reason}
                  </li>
                ))}
              </ul>
              {view.invalidCount > view.invalid.length ? (
                <p className="muted">The first {formatCount(view.invalid.length)} are shown.</p>
              ) : null}
            </div>
          ) : null}
          {view && view.repeated > 0 ? <p className="field-hint">{countOf(view.repeated, 'number')} given more than once.</p> : null}
        </div>
      ) : null}

      {view ? (
        <p className="audience-route">
          <span className="muted">{view.label}</span> · {view.routeText}
        </p>
      ) : null}
    </section>
  );
}
