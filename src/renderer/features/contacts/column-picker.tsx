import type { Column } from './virtual-row';

/** Columns the user may hide to make room; the row number and the result always stay. */
export const ALWAYS_SHOWN = new Set(['row', 'result']);

export function ColumnPicker({
  columns,
  hidden,
  onChange,
}: {
  columns: Column[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: ReadonlySet<string>) => void;
}) {
  const optional = columns.filter((c) => !ALWAYS_SHOWN.has(c.key));
  if (optional.length === 0) return null;
  const shown = optional.length - optional.filter((c) => hidden.has(c.key)).length;
  const toggle = (key: string) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <details className="column-picker">
      <summary className="btn btn-sm">
        Columns ({shown} of {optional.length} shown)
      </summary>
      <fieldset className="column-picker-menu">
        <legend className="visually-hidden">Columns to show</legend>
        {optional.map((column) => (
          <label key={column.key} className="check">
            <input type="checkbox" checked={!hidden.has(column.key)} onChange={() => toggle(column.key)} />
            {column.title}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
