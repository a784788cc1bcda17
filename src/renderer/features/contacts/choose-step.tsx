import { Button } from '../../components/button';
import { shortcutLabel } from '../../lib/keys';
import { useImport } from './import-store';
import { FormError } from '../../components/error-notice';

export function ChooseStep() {
  const chooseFile = useImport((s) => s.chooseFile);
  const inspecting = useImport((s) => s.inspecting);
  const fileError = useImport((s) => s.fileError);
  return (
    <div className="dropzone">
      <div className="dropzone-icon" aria-hidden="true">
        ⇪
      </div>
      <h2>Drop a CSV sheet anywhere on this window</h2>
      <p className="muted">
        or choose it from your computer ({shortcutLabel('O')}). Comma, semicolon, tab or pipe separated; UTF-8, UTF-16 or Windows (Excel)
        text. Nothing is saved until you confirm the columns.
      </p>
      <Button variant="primary" onClick={() => void chooseFile()} busy={inspecting}>
        Choose file
      </Button>
      <FormError message={fileError} />
      <p className="muted dropzone-foot">
        Excel workbook (.xlsx)? In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, then open that file.
      </p>
    </div>
  );
}
