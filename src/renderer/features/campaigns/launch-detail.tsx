import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { useNav } from '../../app/nav-store';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../../lib/format';
import { LaunchProgress } from './launching-list';

/** The pane right after Launch: the new campaign on its way, until Exotel's copy of it opens here. */
export function LaunchDetail({ item }: { item: OutboxItemView }) {
  const go = useNav((s) => s.go);
  const stuck = item.state === 'failed' || item.state === 'needs-confirmation';
  return (
    <section className="detail launch-detail" aria-label={`Launch of ${item.key}`}>
      <header className="detail-head">
        <div>
          <h1>{item.key}</h1>
          <div className="row detail-badges">
            <Badge tone={stuck ? (item.state === 'failed' ? 'bad' : 'warn') : 'info'}>
              {stuck ? (item.state === 'failed' ? 'Not launched' : 'Needs your answer') : 'Launching…'}
            </Badge>
            <span className="muted">Queued {formatDateTime(item.createdAt)}</span>
          </div>
        </div>
      </header>
      <div className="launch-detail-stage" role="status" aria-live="polite">
        <LaunchProgress item={item} compact={false} />
      </div>
      <p className="muted">
        {stuck ? (
          <button type="button" className="link-button" onClick={() => go('activity')}>
            Open in Activity
          </button>
        ) : (
          'This campaign opens here as soon as Exotel has it.'
        )}
      </p>
    </section>
  );
}
