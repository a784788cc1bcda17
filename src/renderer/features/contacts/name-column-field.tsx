import type { SheetPreview } from '../../../shared/contacts/schemas';
import { SelectField } from '../../components/field';
import { chosenNameColumns } from './mapping';

export interface NameColumnFieldProps {
  preview: SheetPreview;
  nameColumns: number[] | null | undefined;
  example: (column: number) => string;
  onChange: (columns: number[]) => void;
}

const keyOf = (columns: readonly number[]): string => columns.join('+');

/** Which column holds each contact's name, for the Name column of exports: the guess, another column, or none. */
export function NameColumnField({ preview, nameColumns, example, onChange }: NameColumnFieldProps) {
  const chosen = chosenNameColumns(preview, { nameColumns });
  const guessed = preview.guessedNameColumns ?? [];
  const header = (i: number): string => preview.headers[i] || `Column ${i + 1}`;
  const together = (columns: readonly number[]): string => columns.map(header).join(' + ');
  const sample = (columns: readonly number[]): string => {
    const text = columns.map(example).filter(Boolean).join(' ');
    return text ? `  (e.g. ${text})` : '';
  };
  const combined = [guessed, chosen].filter((c, i, all) => c.length > 1 && all.findIndex((o) => keyOf(o) === keyOf(c)) === i);
  const options = [
    { value: '', label: 'No name column' },
    ...combined.map((columns) => ({ value: keyOf(columns), label: `${together(columns)}${sample(columns)}` })),
    ...preview.headers.map((_h, i) => ({ value: String(i), label: `${header(i)}${sample([i])}` })),
  ];
  return (
    <SelectField
      label="Name column"
      value={keyOf(chosen)}
      options={options}
      onChange={(v) => onChange(v === '' ? [] : v.split('+').map(Number))}
      hint={
        guessed.length
          ? 'Guessed from the headers; exports show it in their Name column. It is not sent to Exotel unless it is also a variable.'
          : 'No header looked like a name: choose the column that holds it, so exports show who each number is.'
      }
    />
  );
}
