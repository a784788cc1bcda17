import type { HeaderChoice, SheetPreview } from '../../../shared/contacts/schemas';
import { useImport } from './import-store';

interface Option {
  key: string;
  choice: HeaderChoice;
  title: string;
  detail: string;
}

function optionsFor(preview: SheetPreview): Option[] {
  const detected = preview.detectedHeader ?? { titleRows: 0, hasHeader: true };
  const options: Option[] = [];
  if (detected.titleRows > 0) {
    options.push({
      key: `title-${detected.titleRows}`,
      choice: { titleRows: detected.titleRows, hasHeader: true },
      title: 'The row under the title holds column names',
      detail: `The ${detected.titleRows === 1 ? 'row' : `${detected.titleRows} rows`} above it ${detected.titleRows === 1 ? 'is' : 'are'} a title, not a contact.`,
    });
  }
  options.push(
    {
      key: 'first',
      choice: { titleRows: 0, hasHeader: true },
      title: 'The first row holds column names',
      detail: 'Its cells name the columns and become the @@ names.',
    },
    {
      key: 'none',
      choice: { titleRows: 0, hasHeader: false },
      title: 'The first row is a contact',
      detail: 'There are no column names: columns are called Column 1, Column 2… (rename them in the next step).',
    },
  );
  return options;
}

function same(a: HeaderChoice | undefined, b: HeaderChoice): boolean {
  return !!a && a.titleRows === b.titleRows && a.hasHeader === b.hasHeader;
}

/** What the app found about the header row, in words, for the line above the switch. */
function finding(preview: SheetPreview): string {
  const detected = preview.detectedHeader;
  if (!detected) return '';
  if (!detected.hasHeader) return 'The first row looks like a contact (it holds a phone number and no column names), so it is read as one.';
  if (detected.titleRows > 0) return 'The column names are under a title row; the title is shown above the table and is not imported.';
  return 'The first row looks like column names.';
}

/** "The first row holds column names / is a contact": no row is lost to a wrong guess about the header. */
export function HeaderChoiceSwitch({ preview }: { preview: SheetPreview }) {
  const setHeader = useImport((s) => s.setHeader);
  const inspecting = useImport((s) => s.inspecting);
  const current = preview.header;
  const options = optionsFor(preview);
  return (
    <fieldset className="fieldset header-choice" aria-describedby="header-finding">
      <legend className="field-label">Column names</legend>
      <p id="header-finding" className="note">
        {finding(preview)}
      </p>
      <div className={`radio-row${options.length === 2 ? ' two' : ''}`} role="radiogroup" aria-label="Column names">
        {options.map((o) => (
          <label key={o.key} className="radio-card">
            <input
              type="radio"
              name="header-choice"
              value={o.key}
              checked={same(current, o.choice)}
              disabled={inspecting}
              onChange={() => void setHeader(o.choice)}
            />
            <span>
              <strong>{o.title}</strong>
              <span className="muted">{o.detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
