import type { CampaignDetailView } from '../../../shared/campaigns/schemas';
import { estimateFinish } from '../../../shared/campaigns/finish-estimate';
import { isFinalCampaignStatus, type CallStatus } from '../../../shared/exotel';
import { Badge } from '../../components/badge';
import { DuplicateAsDraft } from '../compose/duplicate-as-draft';
import { EditCampaign } from '../compose/edit-campaign';
import { FollowUpButton } from '../compose/follow-up';
import { SaveReportButton } from '../report/save-report';
import { formatCount, formatDateTime } from '../../lib/format';
import { CallsActions } from './calls-actions';
import { CampaignActions } from './campaign-actions';
import { CallsTable } from './calls-table';
import { finishText } from './finish-text';
import { OutcomeBar } from './outcome-bar';
import { ProgressChart } from './progress-chart';
import { campaignStatusLook } from './status-look';

export interface CampaignDetailProps {
  detail: CampaignDetailView;
  /** Numbers a campaign that has not started will call, as the list row knows them; null when not known. */
  planned?: number | null;
  filter: readonly CallStatus[];
  onFilter: (filter: CallStatus[]) => void;
  /** Moves when calls were read again (a calls sync or a background refresh), so the table reads afresh. */
  callsVersion?: number;
}

export function CampaignDetail({ detail, planned = null, filter, onFilter, callsVersion = 0 }: CampaignDetailProps) {
  const c = detail.campaign;
  const look = campaignStatusLook(c.status, c.statusText);
  const finish = finishText(estimateFinish(c, new Date()));
  const retries =
    c.retries && c.retries.numberOfRetries > 0
      ? `${c.retries.numberOfRetries} × after ${c.retries.intervalMins ?? '?'} min on ${c.retries.onStatus.join(', ')}`
      : 'None';
  const rate = c.mode === 'custom' && c.throttle ? `${formatCount(c.throttle)} calls a minute` : 'Automatic (account throttle)';
  return (
    <article className="detail cm-detail" aria-label={`Campaign ${c.name}`}>
      <header className="detail-head">
        <div className="detail-title">
          <h2>{c.name}</h2>
          <div className="detail-badges">
            <Badge tone={look.tone}>{look.label}</Badge> <EditCampaign campaign={c} /> <DuplicateAsDraft campaignId={c.id} />{' '}
            <FollowUpButton campaignId={c.id} name={c.name} status={c.status} /> <SaveReportButton campaignId={c.id} />
          </div>
        </div>
        <div className="cm-finish" aria-label="Expected finish">
          <span className="muted">Expected finish</span>
          <strong>{finish.headline}</strong>
          <span className="muted cm-finish-detail">{finish.detail}</span>
        </div>
      </header>

      <CampaignActions campaign={c} syncedAt={detail.lastSyncedAt} offline={detail.offline} />

      <dl className="cm-facts">
        <div>
          <dt>Created</dt>
          <dd>{c.dateCreated ? formatDateTime(c.dateCreated) : '—'}</dd>
        </div>
        <div>
          <dt>Calls from</dt>
          <dd>{c.schedule?.sendAt ? formatDateTime(c.schedule.sendAt) : '—'}</dd>
        </div>
        <div>
          <dt>Stops by</dt>
          <dd>{c.schedule?.endAt ? formatDateTime(c.schedule.endAt) : '—'}</dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{rate}</dd>
        </div>
        <div>
          <dt>Caller ID</dt>
          <dd className="num">{c.callerId ?? '—'}</dd>
        </div>
        <div>
          <dt>Retries</dt>
          <dd title={retries}>{retries}</dd>
        </div>
      </dl>

      {c.stats ? (
        <OutcomeBar stats={c.stats} planned={c.status === 'created' ? planned : null} filter={filter} onFilter={onFilter} />
      ) : (
        <p className="muted">Exotel has not reported this campaign’s numbers yet.</p>
      )}

      <section className="cm-progress" aria-label="Progress over time">
        <h3>Progress over time</h3>
        <ProgressChart snapshots={detail.snapshots} final={isFinalCampaignStatus(c.status)} />
      </section>

      <CallsActions campaign={c} offline={detail.offline} />
      <CallsTable campaignId={c.id} version={`${detail.lastSyncedAt ?? ''}|${callsVersion}`} filter={filter} onFilter={onFilter} />
    </article>
  );
}
