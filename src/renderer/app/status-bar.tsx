import { ProgressBar } from '../components/progress-bar';
import { countOf, formatCount, formatDateTime } from '../lib/format';
import { firstRunningJob, useJobs } from './jobs-store';
import { useNav } from './nav-store';
import { useNetwork } from './network-store';
import { NetworkMenu } from './network-menu';
import { UpdateNotice } from './update-notice';
import { useOutbox } from '../features/outbox/outbox-store';

/** What each kind of job counts, in the words the user thinks in. */
const JOB_UNITS: Partial<Record<string, string>> = { import: 'rows', upload: 'numbers', sync: 'campaigns', calls: 'calls', export: 'rows' };

export function StatusBar() {
  const lastSyncAt = useNetwork((s) => s.lastSyncAt);
  const queued = useNetwork((s) => s.queued);
  const asking = useOutbox((s) => s.items.filter((i) => i.state === 'needs-confirmation').length);
  const running = useJobs((s) => s.running);
  const cancelling = useJobs((s) => s.cancelling);
  const cancel = useJobs((s) => s.cancel);
  const go = useNav((s) => s.go);
  const job = firstRunningJob(running);
  const more = Object.keys(running).length - 1;

  return (
    <footer className="statusbar" aria-label="Status">
      <NetworkMenu />
      <span className="statusbar-item muted">{lastSyncAt ? `Last sync ${formatDateTime(lastSyncAt)}` : 'Not synced yet'}</span>
      <button
        type="button"
        className="statusbar-link"
        onClick={() => go('activity')}
        aria-label={`${countOf(queued, 'queued operation')}${asking ? `, ${formatCount(asking)} waiting for your answer` : ''}: open Activity`}
      >
        <span className="num">{formatCount(queued)}</span> queued
        {asking ? (
          <span className="text-warn">
            {' '}
            ({formatCount(asking)} {asking === 1 ? 'needs' : 'need'} your answer)
          </span>
        ) : null}
      </button>
      <div className="spacer" />
      <UpdateNotice />
      {job ? (
        <div className="statusbar-job">
          <ProgressBar
            compact
            title={job.title}
            done={job.done}
            total={job.total}
            unit={JOB_UNITS[job.kind] ?? ''}
            estimated={job.estimated ?? false}
            onCancel={() => void cancel(job.jobId)}
            cancelling={Boolean(cancelling[job.jobId])}
          />
          {more > 0 ? <span className="muted">+{more} more</span> : null}
        </div>
      ) : null}
    </footer>
  );
}
