import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { completionAt, parseTemplate, type Completion } from '../../../shared/template';

export interface MessageEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The chosen list's exact `@@` names. */
  variables: readonly string[];
  label: string;
  error?: string | undefined;
  hint?: string;
  disabled?: boolean;
}

/** What follows an `@@` that names no variable, as the user should read it. */
export function unknownMessage(word: string, hasVariables: boolean): string {
  if (word === '') return '“@@” is not followed by a variable name: it would be read out as written.';
  return hasVariables
    ? `“@@${word}” is not a column of this list: it would be read out as written.`
    : `“@@${word}”: these contacts have no variables, so it would be read out as written.`;
}

/**
 * A plain textarea with a backdrop that underlines unknown references (the text itself stays native,
 * so selection, undo and screen readers behave as everywhere), and a list of names after `@@`.
 */
export function MessageEditor({ value, onChange, variables, label, error, hint, disabled }: MessageEditorProps) {
  const id = useId();
  const listId = `${id}-names`;
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);

  const segments = useMemo(() => parseTemplate(value, variables), [value, variables]);
  const unknown = segments.filter((s) => s.kind === 'unknown');

  const look = (text: string, cursor: number) => {
    const next = completionAt(text, cursor, variables);
    setCompletion(next);
    setActive(0);
  };

  const choose = (name: string) => {
    const node = area.current;
    if (!node || !completion) return;
    const cursor = node.selectionStart;
    const text = value.slice(0, completion.from) + '@@' + name + value.slice(cursor);
    const caret = completion.from + 2 + name.length;
    onChange(text);
    setCompletion(null);
    requestAnimationFrame(() => {
      node.focus();
      node.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!completion) return;
    const count = completion.options.length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => (a + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(completion.options[active] ?? completion.options[0] ?? '');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setCompletion(null);
    }
  };

  const describedBy = [error ? `${id}-error` : null, unknown.length ? `${id}-unknown` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="msg-editor">
        <div ref={backdrop} className="msg-backdrop" aria-hidden="true">
          {segments.map((s, i) =>
            s.kind === 'text' ? (
              <span key={i}>{s.text}</span>
            ) : s.kind === 'ref' ? (
              <mark key={i} className="msg-ref">
                {value.slice(s.from, s.to)}
              </mark>
            ) : (
              <mark key={i} className="msg-unknown">
                {value.slice(s.from, s.to)}
              </mark>
            ),
          )}
          {/* A trailing newline needs a character after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          id={id}
          className="input msg-input"
          value={value}
          disabled={disabled}
          rows={5}
          spellCheck
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          // A textbox may not say aria-expanded; the list it controls and the active option carry the same news.
          aria-autocomplete="list"
          aria-controls={completion ? listId : undefined}
          aria-activedescendant={completion ? `${listId}-${active}` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            look(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onClick={(event) => look(value, event.currentTarget.selectionStart)}
          onBlur={() => setCompletion(null)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
        {completion ? (
          <ul id={listId} role="listbox" className="msg-names" aria-label="Variables">
            {completion.options.map((name, i) => (
              <li
                key={name}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                // mousedown keeps the focus in the textarea, so the caret is still where the name goes.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(name);
                }}
              >
                @@{name}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {unknown.length ? (
        <ul id={`${id}-unknown`} className="msg-unknown-list">
          {unknown.map((s) => (
            <li key={s.from}>{unknownMessage(s.kind === 'unknown' ? s.word : '', variables.length > 0)}</li>
          ))}
        </ul>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
