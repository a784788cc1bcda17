import type { OutboxItemView } from '../../../shared/compose/outbox';
import { useNav } from '../../app/nav-store';
import { Badge, type Tone } from '../../components/badge';
import { formatDateTime } from '../../lib/format';

const LOOK: Record<OutboxItemView['state'], { tone: Tone; label: string }> = {
  queued: { tone: 'info', label: 'Launching…' },
  sending: { tone: 'info', label: 'Launching…' },
  done: { tone: 'ok', label: 'Launched' },
  failed: { tone: 'bad', label: 'Not launched' },
  'needs-confirmation': { tone: 'warn', label: 'Needs your answer' },
};

function subText(item: OutboxItemView): string {
  if (item.state === 'queued') return item.attempts > 0 ? 'Waiting to try again' : 'Queued: goes out when Exotel is reachable';
  if (item.state === 'sending') return 'Sending to Exotel';
  if (item.state === 'done') return 'Reading it back from Exotel';
  return item.message ?? '';
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
              <span className="launching-sub">{subText(item)}</span>
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
