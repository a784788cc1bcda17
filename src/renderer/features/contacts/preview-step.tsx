import type { Delimiter, Encoding } from '../../../shared/contacts/schemas';
import { Button } from '../../components/button';
import { SelectField } from '../../components/field';
import { formatBytes, countOf } from '../../lib/format';
import { HeaderChoiceSwitch } from './header-choice';
import { useImport } from './import-store';
import { SheetTabs } from './sheet-tabs';

const ENCODINGS: { value: Encoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'windows-1252', label: 'Windows-1252 (older Excel)' },
];

const DELIMITERS: { value: Delimiter; label: string }[] = [
  { value: ',', label: 'Comma  ,' },
  { value: ';', label: 'Semicolon  ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe  |' },
];

export function PreviewStep() {
  const preview = useImport((s) => s.preview);
  const inspecting = useImport((s) => s.inspecting);
  const setEncoding = useImport((s) => s.setEncoding);
  const setDelimiter = useImport((s) => s.setDelimiter);
  const setSheet = useImport((s) => s.setSheet);
  const goTo = useImport((s) => s.goTo);
  if (!preview) return null;
  const phone = preview.guessedPhoneColumn;

  return (
    <div className="stack">
      <div className="file-line">
        <span className="file-name mono">{preview.fileName}</span>
        <span className="muted">{formatBytes(preview.sizeBytes)}</span>
        <span className="muted">{countOf(preview.headers.length, 'column')}</span>
      </div>
      {preview.workbook ? (
        <>
          <p className="muted">
            {preview.workbook.sheets.length > 1
              ? `This Excel workbook has ${preview.workbook.sheets.length} sheets; one is imported at a time. “${preview.workbook.sheet}” is shown below, cells as Excel shows them. Choose another sheet to import that one instead.`
              : 'This is how Campaign Desk reads the workbook’s sheet, cells as Excel shows them: the column names, and below them the first rows.'}
          </p>
          <div aria-busy={inspecting}>
            <SheetTabs workbook={preview.workbook} disabled={inspecting} onChoose={(sheet) => void setSheet(sheet)} />
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            This is how Campaign Desk reads the sheet: the column names, and below them the first rows. If names look garbled (Ã© instead of
            é) change the encoding; if everything sits in one column, change the separator.
          </p>
          <div className="form-grid narrow" aria-busy={inspecting}>
            <SelectField
              label="Encoding"
              value={preview.encoding}
              options={ENCODINGS}
              onChange={(v) => void setEncoding(v as Encoding)}
              disabled={inspecting}
            />
            <SelectField
              label="Separator"
              value={preview.delimiter}
              options={DELIMITERS}
              onChange={(v) => void setDelimiter(v as Delimiter)}
              disabled={inspecting}
            />
          </div>
        </>
      )}
      <HeaderChoiceSwitch preview={preview} />
      {preview.titleRows?.length ? (
        <div className="title-rows" aria-label="Title above the column names">
          {preview.titleRows.map((row, i) => (
            <p key={i} className="muted">
              <span className="col-tag">title</span> {row.filter((c) => c.trim() !== '').join(' · ')}
            </p>
          ))}
        </div>
      ) : null}
      {preview.duplicateHeaders.length ? (
        <div className="banner banner-warn" role="status">
          The header row repeats {preview.duplicateHeaders.map((h) => `“${h}”`).join(', ')}. Each column is still read on its own; give them
          different variable names in the next step.
        </div>
      ) : null}
      <div className="preview-wrap">
        <table className="table preview-table" aria-label={`First rows of ${preview.fileName}`}>
          <thead>
            <tr>
              {preview.headers.map((header, i) => (
                <th key={i} scope="col" className={i === phone ? 'col-phone' : undefined}>
                  {header || <span className="muted">(no name)</span>}
                  {i === phone ? <span className="col-tag">phone</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_h, c) => (
                  <td key={c} className={c === phone ? 'col-phone mono' : undefined}>
                    {row[c] ?? ''}
                  </td>
                ))}
                {row.length > preview.headers.length ? (
                  <td className="text-warn">+{row.length - preview.headers.length} extra cells</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {preview.sampleRows.length === 0 ? <p className="muted pad">The sheet has a header row but no rows under it.</p> : null}
        {preview.header && !preview.header.hasHeader ? <p className="muted pad">Every row is a contact, the first one included.</p> : null}
      </div>
      <div className="form-actions">
        <Button onClick={() => goTo('choose')}>Choose another file</Button>
        <Button variant="primary" onClick={() => goTo('map')} disabled={inspecting}>
          Next: map columns
        </Button>
      </div>
    </div>
  );
}
