import { Button } from '../../components/button';
import { ErrorBanner } from '../../components/error-notice';
import { ChooseStep } from './choose-step';
import { useImport, type ImportStep } from './import-store';
import { MapStep } from './map-step';
import { PreviewStep } from './preview-step';
import { RunStep } from './run-step';

const STEPS: { id: ImportStep; label: string }[] = [
  { id: 'choose', label: 'Choose file' },
  { id: 'preview', label: 'Check how it reads' },
  { id: 'map', label: 'Map columns' },
  { id: 'running', label: 'Import and check' },
];

function stepIndex(step: ImportStep): number {
  if (step === 'failed') return 3;
  return Math.max(
    0,
    STEPS.findIndex((s) => s.id === step),
  );
}

/** Issue 4's flow, one step at a time; the review that follows is the saved list itself. */
export function ImportWizard() {
  const step = useImport((s) => s.step);
  const fileError = useImport((s) => s.fileError);
  const close = useImport((s) => s.close);
  const current = stepIndex(step);

  return (
    <section className="wizard" aria-label="Import a sheet">
      <header className="wizard-head">
        <h1>Import a sheet</h1>
        <ol className="steps" aria-label="Import steps">
          {STEPS.map((s, i) => (
            <li
              key={s.id}
              className={i < current ? 'step done' : i === current ? 'step current' : 'step'}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="step-num" aria-hidden="true">
                {i < current ? '✓' : i + 1}
              </span>
              {s.label}
            </li>
          ))}
          <li className="step">
            <span className="step-num" aria-hidden="true">
              5
            </span>
            Review
          </li>
        </ol>
        {step !== 'running' ? (
          <Button variant="ghost" size="sm" onClick={close}>
            Close import
          </Button>
        ) : null}
      </header>
      {step !== 'choose' ? <ErrorBanner message={fileError} /> : null}
      <div className="wizard-body">
        {step === 'choose' ? <ChooseStep /> : null}
        {step === 'preview' ? <PreviewStep /> : null}
        {step === 'map' ? <MapStep /> : null}
        {step === 'running' || step === 'failed' ? <RunStep /> : null}
      </div>
    </section>
  );
}
