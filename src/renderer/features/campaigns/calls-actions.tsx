import { useState } from 'react';
import type { CallsExportMode } from '../../../shared/campaigns/schemas';
import type { Campaign } from '../../../shared/exotel';
import type { JobProgress } from '../../../shared/jobs/schemas';
import type { Result } from '../../../shared/ipc/result';
import { useJobs } from '../../app/jobs-store';
import { Button } from '../../components/button';
import { call, desk, toApiError } from '../../lib/api';
import { ErrorBanner } from '../../components/error-notice';

const MODES: { value: CallsExportMode; label: string }[] = [
  { value: 'numbers', label: 'One row per number, final outcome' },
  { value: 'calls', label: 'Every call' },
];

/** Getting a campaign's calls: read them all from Exotel now, export them to a CSV, or save Exotel's own report. */
export function CallsActions({ campaign, offline }: { campaign: Campaign; offline: boolean }) {
  const [mode, setMode] = useState<CallsExportMode>('numbers');
  const [error, setError] = useState<string | null>(null);
  const track = useJobs((s) => s.track);

  const run = async (start: () => Promise<Result<{ jobId: string | null }>>, title: string, kind: JobProgress['kind']): Promise<void> => {
    setError(null);
    try {
      const { jobId } = await call(start());
      if (jobId) track(jobId, title, kind);
    } catch (cause) {
      setError(toApiError(cause).message);
    }
  };

  const id = campaign.id;
  return (
    <section className="cm-actions" aria-label="Call details actions">
      <Button
        size="sm"
        disabled={offline}
        title={offline ? 'Reading calls works again when you are back online' : 'Read every call of this campaign from Exotel now'}
        onClick={() => void run(() => desk().campaigns.syncCalls({ id }), `Reading the calls of “${campaign.name}”`, 'calls')}
      >
        Sync calls
      </Button>
      <span className="cm-export">
        <label className="visually-hidden" htmlFor={`export-mode-${id}`}>
          What to export
        </label>
        <select
          id={`export-mode-${id}`}
          className="input input-sm"
          value={mode}
          onChange={(e) => setMode(e.target.value as CallsExportMode)}
        >
          {MODES.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="primary"
          data-export
          onClick={() => void run(() => desk().campaigns.exportCalls({ id, mode }), `Exporting the calls of “${campaign.name}”`, 'export')}
        >
          Export CSV…
        </Button>
      </span>
      {campaign.reportUrl ? (
        <Button
          size="sm"
          title="The CSV report Exotel keeps for a finished campaign, downloaded as it is"
          onClick={() =>
            void run(() => desk().campaigns.downloadReport({ id }), `Downloading Exotel’s report of “${campaign.name}”`, 'export')
          }
        >
          Download Exotel’s report…
        </Button>
      ) : null}
      <ErrorBanner message={error} />
    </section>
  );
}
