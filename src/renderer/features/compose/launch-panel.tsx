import { useState } from 'react';
import type { LaunchCheck } from '../../../shared/compose/views';
import { useNetwork } from '../../app/network-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Button } from '../../components/button';
import { toast } from '../../components/toast-store';
import { call, desk } from '../../lib/api';
import { countOf, formatCount, nounOf } from '../../lib/format';
import { useCompose } from './compose-store';
import { useOutbox } from '../outbox/outbox-store';
import { summaryLines } from './summary-text';
import { ChangesList, SaveChanges } from './save-changes';
import { TestCall } from './test-call';
import { PlanChoice } from './plan-choice';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  audience: 'Who is called',
  content: 'What they hear',
  callerId: 'Caller ID',
  retries: 'Retries',
  schedule: 'When',
  throttle: 'Rate',
  mode: 'Rate',
  statusCallback: 'Reports',
  callStatusCallback: 'Reports',
  callScheduleCallback: 'Reports',
  customField: 'Custom field',
  skipEmptyFor: 'What they hear',
  edit: 'Changes',
};

/** Takes the user to the field an issue is about. */
function focusField(field: string): void {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const node = document.querySelector<HTMLElement>(`[data-field="${parts.slice(0, n).join('.')}"]`);
    if (node) {
      node.scrollIntoView({ block: 'center' });
      (node.matches('input, select, textarea') ? node : (node.querySelector<HTMLElement>('input, select, textarea') ?? node)).focus();
      return;
    }
  }
}

interface LaunchPanelProps {
  draftId: string;
  name: string;
  count: number;
  check: LaunchCheck | null;
  sandbox: boolean;
  testCallNumber: string;
  readOnly: boolean;
  /** The draft edits a campaign on Exotel: it saves changes instead of launching. */
  editing?: boolean;
}

/** The column beside the form: how many, the summary, what stops a launch, the test call and the launch. */
export function LaunchPanel({ draftId, name, count, check, sandbox, testCallNumber, readOnly, editing = false }: LaunchPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const flush = useCompose((s) => s.flush);
  const close = useCompose((s) => s.close);
  const saveState = useCompose((s) => s.saveState);
  const online = useNetwork((s) => s.online);
  const summary = check?.summary ?? null;
  const issues = check?.issues ?? [];
  const numbers = summary?.numbers ?? count;

  const launch = async () => {
    await flush();
    const item = await call(desk().compose.launch({ draftId, confirmName: name, confirmCount: numbers }));
    useOutbox.getState().remember(item);
    useOutbox.getState().followLaunch(item.id);
    toast(
      'ok',
      `Launching “${name}”`,
      online
        ? 'It is on its way to Exotel; it shows under Campaigns.'
        : 'You are offline: it waits in the queue and goes out when you are back online.',
    );
    await close();
  };

  return (
    <aside className="launch-panel" aria-label="Before launch">
      <div className="launch-count">
        <span className="launch-count-value num" aria-label="Numbers to call">
          {formatCount(count)}
        </span>
        <span className="muted">{nounOf(count, 'number will be called', 'numbers will be called')}</span>
      </div>

      {editing ? (
        <section aria-label="What will change">
          <h3>What will change</h3>
          <ChangesList changes={check?.edit?.changes ?? []} label="Changes" />
        </section>
      ) : null}

      {summary ? (
        <dl className="launch-summary" aria-label="What will happen">
          {summaryLines(summary).map((l) => (
            <div key={l.key} className={l.warn ? 'launch-line is-warn' : 'launch-line'}>
              <dt>{l.label}</dt>
              <dd>{l.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">The summary of what will happen appears once who is called and when it starts are filled in.</p>
      )}
      {summary && !editing ? <PlanChoice summary={summary} disabled={readOnly} /> : null}

      {issues.length ? (
        <div className="launch-issues" role="region" aria-label={editing ? 'To fix before saving' : 'To fix before launch'}>
          <strong>
            {countOf(issues.length, 'thing', 'things')} to fix before {editing ? 'saving' : 'launch'}
          </strong>
          <ul>
            {issues.map((i) => (
              <li key={i.field + i.message}>
                <button type="button" className="link-button" onClick={() => focusField(i.field)}>
                  {FIELD_LABELS[i.field.split('.')[0] ?? ''] ?? i.field}
                </button>
                : {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {!readOnly && editing ? <SaveChanges draftId={draftId} check={check} /> : null}
      {!readOnly && !editing ? (
        <>
          <TestCall
            key={draftId}
            draftId={draftId}
            sandbox={sandbox}
            initialNumber={testCallNumber}
            disabled={!check || issues.some((i) => !i.field.startsWith('name'))}
          />
          <Button
            variant="primary"
            className="launch-button"
            disabled={!check?.ready || saveState === 'failed'}
            onClick={() => setConfirming(true)}
          >
            Launch…
          </Button>
          {!check?.ready ? <p className="field-hint">Launch opens once everything above is fixed.</p> : null}
        </>
      ) : null}

      {confirming && summary ? (
        <ConfirmDialog
          title={`Launch “${name}”?`}
          tone="primary"
          confirmLabel={`Launch and call ${countOf(numbers, 'number')}`}
          onConfirm={launch}
          onClose={() => setConfirming(false)}
        >
          <p>
            <strong>{countOf(numbers, 'number')}</strong>
            {summary.plan ? ` over ${countOf(summary.plan.days.length, 'day')}` : ''} will be called from{' '}
            <span className="mono">{summary.callerId}</span>
            {sandbox ? ' on the Sandbox (simulated: no phone rings).' : '. A call that has been placed cannot be taken back.'}
          </p>
          <dl className="launch-summary compact">
            {summaryLines(summary)
              .filter((l) => l.key !== 'calls' && l.key !== 'from')
              .map((l) => (
                <div key={l.key} className={l.warn ? 'launch-line is-warn' : 'launch-line'}>
                  <dt>{l.label}</dt>
                  <dd>{l.text}</dd>
                </div>
              ))}
          </dl>
          {online ? null : (
            <p className="banner banner-warn">You are offline: the launch waits in the queue and goes out when you are back online.</p>
          )}
        </ConfirmDialog>
      ) : null}
    </aside>
  );
}
