import type { SheetPreview } from '../../../shared/contacts/schemas';
import { countOf } from '../../lib/format';
import './sheet-tabs.css';

type Workbook = NonNullable<SheetPreview['workbook']>;

/** The sheets of a workbook, as Excel's tabs are, each with its rows; the one read is chosen. */
export function SheetTabs({ workbook, disabled, onChoose }: { workbook: Workbook; disabled: boolean; onChoose: (sheet: string) => void }) {
  return (
    <div className="field">
      <span className="field-label" id="sheet-tabs-label">
        Sheet
      </span>
      <div className="sheet-tabs" role="radiogroup" aria-labelledby="sheet-tabs-label">
        {workbook.sheets.map((sheet) => (
          <label
            key={sheet.name}
            className="sheet-tab"
            title={
              sheet.rows === 0
                ? `“${sheet.name}” is empty`
                : `${sheet.name}: ${countOf(sheet.rows, 'row')} that hold something, the header row among them`
            }
          >
            <input
              type="radio"
              name="workbook-sheet"
              checked={sheet.name === workbook.sheet}
              disabled={disabled || sheet.rows === 0}
              onChange={() => onChoose(sheet.name)}
            />
            <span className="sheet-tab-name">{sheet.name}</span>
            <span className="sheet-tab-rows num">{sheet.rows === 0 ? 'empty' : countOf(sheet.rows, 'row')}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
