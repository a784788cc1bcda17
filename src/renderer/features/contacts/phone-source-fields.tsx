import { columnReason } from '../../../shared/contacts/phone-columns';
import type { SheetPreview } from '../../../shared/contacts/schemas';
import { useShallow } from 'zustand/react/shallow';
import { SelectField } from '../../components/field';
import { useImport } from './import-store';
import { exportRuleFor, numberColumns } from './mapping';

const EXPORT_NAMES = { google: 'a Google Contacts export', outlook: 'an Outlook contacts export' } as const;

/** Why this column: how many of the rows read hold a number the account can call. */
function reasonFor(preview: SheetPreview, column: number | null): string | null {
  const phone = preview.phone;
  if (!phone || column === null) return null;
  const score = phone.scores[column];
  if (!score) return null;
  const header = preview.headers[column] ?? `Column ${column + 1}`;
  return columnReason(header, score, phone.sampled, phone.wholeSheet);
}

/** The phone column, why it was chosen, and where a row's number comes from when that cell is empty. */
export function PhoneSourceFields({ preview, example }: { preview: SheetPreview; example: (column: number) => string }) {
  const state = useImport(
    useShallow((s) => ({
      phoneColumn: s.phoneColumn,
      fallbackColumn: s.fallbackColumn,
      useExportRule: s.useExportRule,
      errors: s.errors,
      setPhoneColumn: s.setPhoneColumn,
      setFallbackColumn: s.setFallbackColumn,
      setUseExportRule: s.setUseExportRule,
    })),
  );
  const { phoneColumn, fallbackColumn, errors } = state;
  const exported = preview.phone?.contactsExport ?? null;
  const rule = exportRuleFor(preview, state);
  const label = (i: number) => {
    const header = preview.headers[i] || `Column ${i + 1}`;
    return `${header}${example(i) ? `  (e.g. ${example(i)})` : ''}`;
  };
  const phoneOptions = [
    ...(phoneColumn === null ? [{ value: '', label: 'Choose the phone column…' }] : []),
    ...preview.headers.map((_h, i) => ({ value: String(i), label: label(i) })),
  ];
  const reason = reasonFor(preview, phoneColumn);
  const guessed = preview.guessedPhoneColumn !== null;
  const hint = rule
    ? 'Numbers are read as the export lays them out; see below.'
    : guessed
      ? `${reason ?? ''}${phoneColumn === preview.guessedPhoneColumn ? '. Chosen for the numbers it holds; change it if it is wrong.' : '.'}`
      : 'No column held phone numbers: pick the right one.';
  const others = numberColumns(preview).filter((c) => c !== phoneColumn);

  return (
    <div className="stack phone-source">
      <SelectField
        label="Phone number column"
        value={phoneColumn === null ? '' : String(phoneColumn)}
        options={phoneOptions}
        onChange={(v) => v !== '' && state.setPhoneColumn(Number(v))}
        error={errors.phoneColumn}
        hint={hint}
        disabled={rule !== null}
      />
      {exported && exported.columns.length > 1 ? (
        <div className="banner banner-info export-rule" role="note">
          <label className="check-line">
            <input type="checkbox" checked={state.useExportRule} onChange={(e) => state.setUseExportRule(e.target.checked)} />
            <span>
              <strong>This is {EXPORT_NAMES[exported.kind]}: call each contact’s first Mobile number, else its first number.</strong> Read
              from {exported.columns.map((c) => `“${preview.headers[c] ?? ''}”`).join(', ')}. The review shows which column each number came
              from. Untick to use one column of your choice.
            </span>
          </label>
        </div>
      ) : null}
      {!rule && others.length > 0 ? (
        <SelectField
          label="If the phone cell is empty, use"
          value={fallbackColumn === null ? '' : String(fallbackColumn)}
          options={[{ value: '', label: 'Nothing: the row has no number' }, ...others.map((c) => ({ value: String(c), label: label(c) }))]}
          onChange={(v) => state.setFallbackColumn(v === '' ? null : Number(v))}
          hint={
            fallbackColumn !== null
              ? `${reasonFor(preview, fallbackColumn) ?? ''}. A row whose phone cell is empty is called on this column’s number instead.`
              : 'Rows whose phone cell is empty are kept as invalid, with that reason.'
          }
        />
      ) : null}
    </div>
  );
}
