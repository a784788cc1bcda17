import { useShallow } from 'zustand/react/shallow';
import { MAX_DYNAMIC_VARIABLES } from '../../../shared/contacts/schemas';
import { Button } from '../../components/button';
import { TextField } from '../../components/field';
import { useImport } from './import-store';
import { chosenVariables } from './mapping';
import { NameColumnField } from './name-column-field';
import { PhoneSourceFields } from './phone-source-fields';
import { VariableRow } from './variable-row';
import { FormError } from '../../components/error-notice';

export function MapStep() {
  const state = useImport(
    useShallow((s) => ({
      preview: s.preview,
      phoneColumn: s.phoneColumn,
      columns: s.columns,
      errors: s.errors,
      finishMessage: s.finishMessage,
      nameColumns: s.nameColumns,
      listName: s.listName,
      country: s.country,
      setNameColumns: s.setNameColumns,
      updateColumn: s.updateColumn,
      setListName: s.setListName,
      setCountry: s.setCountry,
      goTo: s.goTo,
      beginImport: s.beginImport,
    })),
  );
  const { preview, phoneColumn, columns, errors } = state;
  if (!preview) return null;
  const chosen = chosenVariables(state).length;
  const full = chosen >= MAX_DYNAMIC_VARIABLES;
  const example = (column: number) => preview.sampleRows.find((r) => (r[column] ?? '').trim())?.[column] ?? '';

  return (
    <form
      className="stack map-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.beginImport();
      }}
    >
      {state.finishMessage ? (
        <p className="banner banner-warn" role="status">
          {state.finishMessage}
        </p>
      ) : null}
      <PhoneSourceFields preview={preview} example={example} />

      <NameColumnField preview={preview} nameColumns={state.nameColumns} example={example} onChange={state.setNameColumns} />

      <fieldset className="fieldset variables" aria-describedby="variables-note">
        <legend className="field-label">
          Variables{' '}
          <span className="muted num">
            ({chosen} of {MAX_DYNAMIC_VARIABLES} chosen)
          </span>
        </legend>
        <p id="variables-note" className="note">
          Exotel’s dynamic lists carry the number plus at most {MAX_DYNAMIC_VARIABLES} columns, so choose up to {MAX_DYNAMIC_VARIABLES} that
          your message will speak. Each is named as its header is written, spaces included: a “First Name” column is @@First Name in a
          message. Only what Exotel cannot take is changed: @@, quotes, commas and line breaks are left out, an empty header becomes “Column
          N”, and a repeated name is numbered. Columns you leave out are not imported.
          {preview.header && !preview.header.hasHeader
            ? ' The sheet has no column names: rename “Column 1”, “Column 2”… to what they hold.'
            : ''}
        </p>
        {errors.variables ? (
          <p className="field-error" role="alert">
            {errors.variables}
          </p>
        ) : null}
        <table className="table map-table" aria-label="Columns in the sheet">
          <thead>
            <tr>
              <th scope="col" className="cell-check">
                Use
              </th>
              <th scope="col">Column in the sheet</th>
              <th scope="col">Variable name</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((choice) => (
              <VariableRow
                key={choice.column}
                choice={choice}
                header={preview.headers[choice.column] ?? ''}
                example={example(choice.column)}
                isPhone={choice.column === phoneColumn}
                full={full}
                error={errors[`column.${choice.column}`]}
                onChange={(change) => state.updateColumn(choice.column, change)}
              />
            ))}
          </tbody>
        </table>
      </fieldset>

      <div className="form-grid">
        <TextField
          label="List name"
          value={state.listName}
          onChange={state.setListName}
          error={errors.listName}
          maxLength={100}
          hint="How this contact list appears in Contacts."
        />
        <TextField
          label="Country for local numbers"
          value={state.country}
          onChange={state.setCountry}
          error={errors.country}
          maxLength={2}
          hint="Numbers without a country code (like 098765 43210) are read as this country."
        />
      </div>
      <FormError message={errors.form} />
      <div className="form-actions">
        <Button onClick={() => state.goTo('preview')}>Back</Button>
        <Button type="submit" variant="primary">
          Import and check rows
        </Button>
      </div>
    </form>
  );
}
