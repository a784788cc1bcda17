import { useJobs } from '../../app/jobs-store';
import { Button } from '../../components/button';
import { ErrorBanner } from '../../components/error-notice';
import { ProgressBar } from '../../components/progress-bar';
import { useContacts } from './contacts-store';
import { useImport } from './import-store';

export function RunStep() {
  const step = useImport((s) => s.step);
  const jobId = useImport((s) => s.jobId);
  const preview = useImport((s) => s.preview);
  const message = useImport((s) => s.finishMessage);
  const keptListId = useImport((s) => s.keptListId);
  const cancel = useImport((s) => s.cancel);
  const goTo = useImport((s) => s.goTo);
  const close = useImport((s) => s.close);
  const progress = useJobs((s) => (jobId ? s.running[jobId] : undefined));
  const cancelling = useJobs((s) => (jobId ? Boolean(s.cancelling[jobId]) : false));
  const select = useContacts((s) => s.select);
  const title = `Importing ${preview?.fileName ?? 'the sheet'}`;

  if (step === 'failed') {
    return (
      <div className="stack">
        <ErrorBanner title="The import stopped." message={message} />
        {keptListId ? (
          <p>The rows read before the problem are saved, each with its status. Open them to see what was kept.</p>
        ) : (
          <p>Nothing was saved. Fix the sheet or the column choices and try again.</p>
        )}
        <div className="form-actions">
          {keptListId ? (
            <Button
              variant="primary"
              onClick={() => {
                close();
                select(keptListId);
              }}
            >
              Open the saved rows
            </Button>
          ) : null}
          <Button onClick={() => goTo('map')}>Back to columns</Button>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <ProgressBar
        title={title}
        done={progress?.done ?? 0}
        total={progress?.total ?? null}
        unit="rows"
        estimated={progress?.estimated ?? false}
        message={progress ? progress.message || progress.phase : 'Starting…'}
        onCancel={() => void cancel()}
        cancelling={cancelling}
      />
      <p className="muted">
        Reading, checking every number and saving. You can keep working elsewhere; the status bar shows this import until it ends.
      </p>
    </div>
  );
}
