import { useId } from 'react';
import type { ColumnChoice } from './mapping';

export interface VariableRowProps {
  choice: ColumnChoice;
  header: string;
  example: string;
  isPhone: boolean;
  /** Five are already chosen: the rest cannot be ticked until one is let go. */
  full: boolean;
  error: string | undefined;
  onChange: (change: Partial<Omit<ColumnChoice, 'column'>>) => void;
}

export function VariableRow({ choice, header, example, isPhone, full, error, onChange }: VariableRowProps) {
  const id = useId();
  const name = header || `Column ${choice.column + 1}`;
  if (isPhone) {
    return (
      <tr className="row-phone">
        <td className="cell-check" aria-hidden="true">
          ☎
        </td>
        <th scope="row">{name}</th>
        <td>
          <span className="muted">
            Phone number (sent as <span className="mono">number</span>)
          </span>
        </td>
        <td className="mono muted">{example}</td>
      </tr>
    );
  }
  const locked = !choice.include && full;
  return (
    <tr className={choice.include ? undefined : 'row-off'}>
      <td className="cell-check">
        <input
          type="checkbox"
          id={`${id}-use`}
          checked={choice.include}
          disabled={locked}
          onChange={(e) => onChange({ include: e.target.checked })}
          aria-label={`Use “${name}” as a variable`}
          title={locked ? 'Five columns are chosen already: untick one first' : undefined}
        />
      </td>
      <th scope="row">
        <label htmlFor={`${id}-use`}>{name}</label>
      </th>
      <td>
        <span className="at-name">
          <span className="at-mark mono" aria-hidden="true">
            @@
          </span>
          <input
            className="input input-sm mono"
            value={choice.name}
            disabled={!choice.include}
            onChange={(e) => onChange({ name: e.target.value })}
            aria-label={`Variable name for “${name}”`}
            title={choice.include ? `Messages refer to it as @@${choice.name}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            spellCheck={false}
          />
        </span>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td className="mono muted cell-example">{example}</td>
    </tr>
  );
}
