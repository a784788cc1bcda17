import { useEffect } from 'react';
import { Button } from '../../components/button';
import { formatTime } from '../../lib/format';
import { AudienceSection } from './audience-section';
import { useCompose, flushOnUnload, type SaveState } from './compose-store';
import { ContentSection } from './content-section';
import { DeliverySection } from './delivery-section';
import { ExtrasSection } from './extras-section';
import { fieldMessages } from './field-messages';
import { LaunchPanel } from './launch-panel';
import { ScheduleSection } from './schedule-section';
import './compose.css';

function saveText(state: SaveState, updatedAt: string, error: string | null): string {
  if (state === 'failed') return `Not saved: ${error ?? 'unknown error'}`;
  if (state === 'pending' || state === 'saving') return 'Saving…';
  return `Draft saved ${formatTime(updatedAt)}`;
}

/** The composer: the form on the left, what the launch would do on the right. */
export function Composer() {
  const draft = useCompose((s) => s.draft);
  const defaults = useCompose((s) => s.defaults);
  const audience = useCompose((s) => s.audience);
  const check = useCompose((s) => s.check);
  const saveState = useCompose((s) => s.saveState);
  const saveError = useCompose((s) => s.saveError);
  const update = useCompose((s) => s.update);
  const close = useCompose((s) => s.close);

  useEffect(() => flushOnUnload(), []);

  if (!draft || !defaults) return null;
  const readOnly = draft.launchedItemId !== null;
  const editing = draft.editsCampaignId !== null;
  const messages = fieldMessages(check);
  const nameError = messages.error('name');

  return (
    <div className="composer" aria-label={editing ? `Edit campaign “${check?.edit?.campaignName ?? draft.name}”` : 'New campaign'}>
      <header className="composer-head">
        <Button variant="ghost" size="sm" onClick={() => void close()}>
          ‹ Campaigns
        </Button>
        <div className={nameError ? 'field composer-name field-invalid' : 'field composer-name'}>
          <label htmlFor="campaign-name" className="visually-hidden">
            Campaign name
          </label>
          <input
            id="campaign-name"
            data-field="name"
            className="input composer-name-input"
            value={draft.name}
            disabled={readOnly}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'campaign-name-error' : undefined}
            onChange={(e) => update({ name: e.target.value })}
          />
          {nameError ? (
            <p id="campaign-name-error" className="field-error">
              {nameError}
            </p>
          ) : null}
        </div>
        <span className={saveState === 'failed' ? 'save-state text-bad' : 'save-state muted'} role="status">
          {readOnly
            ? editing
              ? 'Saved: these changes went to the outbox'
              : 'Launched: this draft can no longer change'
            : saveText(saveState, draft.updatedAt, saveError)}
        </span>
      </header>
      <div className="composer-body">
        <div className="composer-form">
          <AudienceSection
            audience={draft.audience}
            view={audience}
            accountId={draft.accountId}
            messages={messages}
            disabled={readOnly}
            onChange={(next) => update({ audience: next, skipEmptyFor: [] })}
          />
          <ContentSection draftId={draft.id} fields={draft} view={audience} messages={messages} disabled={readOnly} onChange={update} />
          <DeliverySection fields={draft} defaults={defaults} messages={messages} disabled={readOnly} onChange={update} />
          <ScheduleSection
            fields={draft}
            accountZone={defaults.timeZone}
            warnings={check?.warnings ?? []}
            messages={messages}
            disabled={readOnly}
            onChange={update}
            hours={{ hours: defaults.callingHours ?? null, zone: defaults.hoursZone ?? defaults.timeZone, country: defaults.country }}
          />
          <ExtrasSection fields={draft} messages={messages} disabled={readOnly} onChange={update} />
        </div>
        <LaunchPanel
          draftId={draft.id}
          name={draft.name}
          count={audience?.count ?? 0}
          check={check}
          sandbox={defaults.sandbox}
          testCallNumber={defaults.testCallNumber}
          readOnly={readOnly}
          editing={editing}
        />
      </div>
    </div>
  );
}
