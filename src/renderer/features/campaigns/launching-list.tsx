import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { useNav } from '../../app/nav-store';
import { Badge, type Tone } from '../../components/badge';
import { formatDateTime } from '../../lib/format';
import { ProgressBar } from '../../components/progress-bar';
import { useNetwork } from '../../app/network-store';
import { useOutbox } from '../outbox/outbox-store';
import { launchStage } from './launch-words';

const LOOK: Record<OutboxItemView['state'], { tone: Tone; label: string }> = {
  queued: { tone: 'info', label: 'Launching…' },
  sending: { tone: 'info', label: 'Launching…' },
  done: { tone: 'ok', label: 'Launched' },
  failed: { tone: 'bad', label: 'Not launched' },
  'needs-confirmation': { tone: 'warn', label: 'Needs your answer' },
};

/** The list send's bar under a launch: Exotel's own count of the rows it has taken. */
export function LaunchProgress({ item, compact = true }: { item: OutboxItemView; compact?: boolean }) {
  const all = useOutbox((s) => s.items);
  const online = useNetwork((s) => s.online);
  const stage = launchStage(item, all, online);
  return (
    <>
      <span className="launching-sub">{stage.text}</span>
      {stage.progress ? (
        <ProgressBar
          compact={compact}
          showTitle={false}
          title={`Sending the list of “${item.key}”`}
          done={stage.progress.done}
          total={stage.progress.total}
          unit="rows"
        />
      ) : null}
    </>
  );
}

/** Launches on their way: shown at once, then replaced by Exotel's campaign. */
export function LaunchingList({ items }: { items: OutboxItemView[] }) {
  const go = useNav((s) => s.go);
  if (items.length === 0) return null;
  return (
    <ul className="master-list launching-list" aria-label="Launches on their way">
      {items.map((item) => {
        const look = LOOK[item.state];
        const needsUser = item.state === 'needs-confirmation' || item.state === 'failed';
        return (
          <li key={item.id} className="master-item launching-item">
            <div className="master-item-main">
              <span className="cm-item-top">
                <span className="master-item-title" title={item.title}>
                  {item.key}
                </span>
                <Badge tone={look.tone}>{look.label}</Badge>
              </span>
              <LaunchProgress item={item} />
              <span className="master-item-sub">
                {formatDateTime(item.createdAt)}
                {needsUser ? (
                  <>
                    {' · '}
                    <button type="button" className="link-button" onClick={() => go('activity')}>
                      Open in Activity
                    </button>
                  </>
                ) : null}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
