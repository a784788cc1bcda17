import { useState } from 'react';
import { ACTION_WORDS, actionRefusal } from '../../../shared/campaigns/actions';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { CampaignRow } from '../../../shared/campaigns/schemas';
import { Badge, type Tone } from '../../components/badge';
import { countOf } from '../../lib/format';
import { Button } from '../../components/button';
import { toApiError } from '../../lib/api';
import { useOutbox } from '../outbox/outbox-store';
import { queueCampaignAction } from './action-queue';

/** What several campaigns can be asked together: the actions that need no confirm. */
const BULK = ['pause', 'resume', 'archive'] as const;
type BulkAction = (typeof BULK)[number];

/** One campaign's part of a bulk action: the outbox item it queued, or why it could not be asked. */
export interface BulkResult {
  campaignId: string;
  name: string;
  action: BulkAction;
  itemId: string | null;
  refusal: string | null;
}

function resultLook(r: BulkResult, item: OutboxItemView | undefined, offline: boolean): { tone: Tone; label: string; detail: string } {
  if (r.refusal !== null) return { tone: 'muted', label: 'Not possible', detail: r.refusal };
  switch (item?.state) {
    case 'sending':
      return { tone: 'info', label: 'Sending', detail: ACTION_WORDS[r.action].doing };
    case 'done':
      return { tone: 'ok', label: 'Done', detail: `Exotel ${ACTION_WORDS[r.action].past} it.` };
    case 'failed':
      return { tone: 'bad', label: 'Failed', detail: item.message ?? 'Exotel refused it.' };
    case 'needs-confirmation':
      return { tone: 'warn', label: 'Needs your answer', detail: 'Answer it in Activity.' };
    default:
      return {
        tone: 'info',
        label: 'Queued',
        detail: offline ? 'It is sent when you are back online.' : 'Waiting its turn to go to Exotel.',
      };
  }
}

/** With two or more campaigns ticked: pause, resume or archive them together, with a result for each. */
export function BulkActions({
  selected,
  offline,
  results,
  onResults,
  onClear,
}: {
  selected: CampaignRow[];
  offline: boolean;
  results: BulkResult[];
  onResults: (results: BulkResult[]) => void;
  onClear: () => void;
}) {
  const items = useOutbox((s) => s.items);
  const [busy, setBusy] = useState<BulkAction | null>(null);

  const run = async (action: BulkAction) => {
    setBusy(action);
    const out: BulkResult[] = [];
    // One item per campaign, one after another, so the outbox keeps the order they were asked in.
    for (const c of selected) {
      const base = { campaignId: c.id, name: c.name, action };
      const refusal = actionRefusal(c, action);
      if (refusal) {
        out.push({ ...base, itemId: null, refusal });
        continue;
      }
      try {
        const item = await queueCampaignAction(c.id, action);
        out.push({ ...base, itemId: item.id, refusal: null });
      } catch (cause) {
        out.push({ ...base, itemId: null, refusal: toApiError(cause).message });
      }
    }
    setBusy(null);
    onResults(out);
  };

  return (
    <section className="cm-bulk" aria-label="Selected campaigns">
      <div className="cm-bulk-head">
        <strong>{`${countOf(selected.length, 'campaign')} selected`}</strong>
        <button type="button" className="link-button" onClick={onClear}>
          Clear
        </button>
      </div>
      {selected.length >= 2 ? (
        <>
          <div className="cm-bulk-buttons" role="group" aria-label="Act on the selected campaigns">
            {BULK.map((action) => {
              const able = selected.filter((c) => actionRefusal(c, action) === null).length;
              return (
                <Button
                  key={action}
                  size="sm"
                  busy={busy === action}
                  disabled={busy !== null && busy !== action}
                  title={`${able} of the ${selected.length} selected can be ${ACTION_WORDS[action].past}; the others are left as they are.`}
                  onClick={() => void run(action)}
                >
                  {ACTION_WORDS[action].verb}
                </Button>
              );
            })}
          </div>
        </>
      ) : null}
      {results.length > 0 ? (
        <ul
          className="cm-bulk-results"
          aria-label={`${ACTION_WORDS[results[0]?.action ?? 'pause'].verb}: result per campaign`}
          aria-live="polite"
        >
          {results.map((r) => {
            const look = resultLook(
              r,
              items.find((i) => i.id === r.itemId),
              offline,
            );
            return (
              <li key={r.campaignId}>
                <span className="cm-bulk-name" title={r.name}>
                  {r.name}
                </span>
                <Badge tone={look.tone}>{look.label}</Badge>
                <span className="cm-bulk-detail">{look.detail}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
