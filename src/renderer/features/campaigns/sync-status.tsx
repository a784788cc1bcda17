import type { CampaignListView } from '../../../shared/campaigns/schemas';
import type { JobProgress } from '../../../shared/jobs/schemas';
import { useJobs } from '../../app/jobs-store';
import { Button } from '../../components/button';
import { ProgressBar } from '../../components/progress-bar';
import { formatDateTime } from '../../lib/format';
import { RefreshInterval } from './refresh-interval';
import { ErrorBanner } from '../../components/error-notice';

export interface SyncStatusProps {
  view: CampaignListView;
  jobId: string | null;
  progress: JobProgress | null;
  error: string | null;
  onRefresh: () => void;
}

/** When the list was last read from Exotel, a Refresh that shows its progress, and a plain word when offline. */
export function SyncStatus({ view, jobId, progress, error, onRefresh }: SyncStatusProps) {
  const cancel = useJobs((s) => s.cancel);
  const cancelling = useJobs((s) => (jobId ? Boolean(s.cancelling[jobId]) : false));
  const synced = view.lastSyncedAt ? `Last synced ${formatDateTime(view.lastSyncedAt)}` : 'Not synced yet';
  return (
    <div className="cm-sync">
      <div className="cm-sync-row">
        <span className="cm-synced muted" role="status">
          {synced}
        </span>
        <Button
          size="sm"
          onClick={onRefresh}
          busy={jobId !== null}
          disabled={view.offline || !view.accountId}
          title={view.offline ? 'Refresh works again when you are back online' : 'Read every campaign from Exotel now'}
        >
          {jobId ? 'Refreshing' : 'Refresh'}
        </Button>
      </div>
      {view.accountId ? <RefreshInterval /> : null}
      {jobId ? (
        <ProgressBar
          compact
          showTitle={false}
          title="Syncing campaigns"
          unit="campaigns"
          done={progress?.done ?? 0}
          total={progress?.total ?? null}
          onCancel={() => void cancel(jobId)}
          cancelling={cancelling}
        />
      ) : null}
      {/* A sync's progress carries words only when a person must be told something, e.g. that Exotel is slow. */}
      {jobId && progress?.message ? (
        <p className="cm-sync-note text-warn" role="status">
          {progress.message}
        </p>
      ) : null}
      {view.offline ? (
        <div className="banner banner-warn cm-offline" role="status">
          You are offline. These campaigns are as they were{' '}
          {view.lastSyncedAt ? `at ${formatDateTime(view.lastSyncedAt)}` : 'at the last sync'}; Refresh works again when you are back
          online.
        </div>
      ) : null}
      <ErrorBanner message={error} lead="Could not sync:" />
    </div>
  );
}
