import { Fragment } from 'react';
import { formatCount } from '../../lib/format';
import type { ReportData } from './report-data';
import { reportDateTime, share, talkTime } from './report-format';
import { ReportOutcomes } from './report-outcomes';
import { ReportProgress } from './report-progress';

/** The @@variables of a message stand out, as in the composer; the text is shown exactly as written. */
function MessageText({ text }: { text: string }) {
  const parts = text.split(/(@@[\p{L}\p{N}_]+)/u);
  return (
    <p className="report-message">
      {parts.map((part, i) =>
        part.startsWith('@@') ? (
          <span key={i} className="report-var">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </p>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>
        <strong className="num">{value}</strong>
        {note ? <span className="report-faint">{note}</span> : null}
      </dd>
    </div>
  );
}

/**
 * One A4 page that says how a campaign went: always in the light palette (it is printed and shared), whatever
 * the app's theme. It takes plain figures, so a plan of daily runs can show its combined ones the same way.
 */
export function ReportView({ data }: { data: ReportData }) {
  const zone = data.schedule.zone;
  const n = data.numbers;
  return (
    <article className="report" aria-label={`Report of ${data.name}`}>
      <header className="report-head">
        <div>
          <p className="report-kicker">{data.kindLabel} report</p>
          <h1>{data.name}</h1>
        </div>
        <dl className="report-head-facts">
          <div>
            <dt>Status</dt>
            <dd>{data.status}</dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd>
              {data.account}
              {data.sandbox ? <span className="report-sandbox">Sandbox: no real calls</span> : null}
            </dd>
          </div>
        </dl>
      </header>

      <dl className="report-figures" aria-label="Key numbers">
        <Figure
          label="Numbers"
          value={formatCount(n.total)}
          note={n.stillToCall > 0 ? `${formatCount(n.stillToCall)} still to call` : undefined}
        />
        <Figure label="Calls" value={formatCount(data.calls.count)} note="every attempt, retries included" />
        <Figure label="Answered" value={formatCount(n.answered)} note="numbers" />
        <Figure label="Reach rate" value={share(n.answered, n.total)} note="answered ÷ numbers" />
        <Figure label="Average talk time" value={talkTime(data.calls.averageTalkSeconds)} note="of answered calls" />
        <Figure label="Not reached" value={formatCount(n.notReached)} note="numbers done, never answered" />
      </dl>

      <ReportOutcomes stats={data.stats} />

      <section className="report-block" aria-label="Progress over time">
        <h2>Progress over time</h2>
        <ReportProgress snapshots={data.snapshots} final={data.final} timeZone={zone} />
      </section>

      <div className="report-columns">
        <section className="report-block" aria-label="Message">
          <h2>Message</h2>
          {data.message ? (
            <MessageText text={data.message} />
          ) : (
            <p className="report-faint">{data.flowUrl ? `Plays the flow at ${data.flowUrl}` : 'No message text.'}</p>
          )}
        </section>
        <section className="report-block" aria-label="Schedule and times">
          <h2>Schedule</h2>
          <dl className="report-facts">
            <dt>Calls from</dt>
            <dd>{reportDateTime(data.schedule.start, zone)}</dd>
            <dt>Stops by</dt>
            <dd>{data.schedule.end ? reportDateTime(data.schedule.end, zone) : 'When every number is called'}</dd>
            <dt>Calling hours</dt>
            <dd>{data.schedule.hours}</dd>
            <dt>Zone</dt>
            <dd>{zone}</dd>
            <dt>Rate</dt>
            <dd>{data.rate}</dd>
          </dl>
          <h2>Times</h2>
          <dl className="report-facts">
            <dt>Created</dt>
            <dd>{reportDateTime(data.times.created, zone)}</dd>
            <dt>Started</dt>
            <dd>{data.times.started ? reportDateTime(data.times.started, zone) : 'Not started yet'}</dd>
            <dt>Finished</dt>
            <dd>{data.times.finished ? reportDateTime(data.times.finished, zone) : 'Not finished yet'}</dd>
          </dl>
        </section>
      </div>

      <footer className="report-foot">
        Campaign Desk · report made {reportDateTime(data.generatedAt, zone)} from the figures last read from Exotel
      </footer>
    </article>
  );
}
