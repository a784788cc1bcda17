import { useState } from 'react';
import type { ContactSample } from '../../../shared/compose/views';
import { renderTemplate, spokenLength } from '../../../shared/template';
import { Button } from '../../components/button';
import { call, desk, toApiError } from '../../lib/api';
import { formatCount, countOf } from '../../lib/format';
import { useCompose } from './compose-store';
import { useSpeech } from './speech';
import { FormError } from '../../components/error-notice';

interface MessagePreviewProps {
  draftId: string;
  text: string;
  variables: readonly string[];
  /** Contacts the preview can step through. */
  available: number;
}

function Heard({ text, variables, sample }: { text: string; variables: readonly string[]; sample: ContactSample }) {
  const rendered = renderTemplate(text, variables, sample.values);
  return (
    <>
      <p className="preview-text" aria-label="Message for this contact">
        {rendered.text.trim() ? rendered.text : <span className="muted">(nothing would be said)</span>}
      </p>
      {rendered.empty.length ? <p className="preview-empty">Empty for this contact: {rendered.empty.join(', ')}.</p> : null}
    </>
  );
}

/** The message as one contact would hear it, with a way through the list and five at random. */
export function MessagePreview({ draftId, text, variables, available }: MessagePreviewProps) {
  const sample = useCompose((s) => s.sample);
  const sampleError = useCompose((s) => s.sampleError);
  const pickSample = useCompose((s) => s.pickSample);
  const speech = useSpeech();
  const [jump, setJump] = useState('');
  const [randoms, setRandoms] = useState<ContactSample[] | null>(null);
  const [randomError, setRandomError] = useState<string | null>(null);

  const index = sample?.index ?? 0;
  const rendered = sample ? renderTemplate(text, variables, sample.values).text : text;
  const length = spokenLength(rendered);

  const random = async () => {
    try {
      setRandoms(await call(desk().compose.samples({ draftId, pick: { kind: 'random', count: 5 } })));
      setRandomError(null);
    } catch (cause) {
      setRandomError(toApiError(cause).message);
    }
  };

  return (
    <section className="preview" aria-label="Preview">
      <div className="preview-head">
        <h3>Preview</h3>
        {sample ? (
          <span className="muted num" aria-live="polite">
            Contact {formatCount(index + 1)} of {formatCount(available)} · row {formatCount(sample.row)} ·{' '}
            <span className="mono">{sample.number}</span>
          </span>
        ) : (
          <span className="muted">No contact to preview yet: choose who is called.</span>
        )}
      </div>
      {sample ? <Heard text={text} variables={variables} sample={sample} /> : null}
      <p className="muted preview-length num">
        {countOf(length.words, 'word')}, about {countOf(length.seconds, 'second')} spoken
      </p>
      <div className="preview-tools">
        <Button size="sm" onClick={() => void pickSample({ index: index - 1 })} disabled={!sample || index <= 0}>
          ‹ Previous
        </Button>
        <Button size="sm" onClick={() => void pickSample({ index: index + 1 })} disabled={!sample || index + 1 >= available}>
          Next ›
        </Button>
        <form
          className="preview-jump"
          onSubmit={(event) => {
            event.preventDefault();
            const row = Number.parseInt(jump, 10);
            if (Number.isFinite(row) && row >= 1) void pickSample({ row });
          }}
        >
          <label htmlFor="preview-jump-row">Row</label>
          <input
            id="preview-jump-row"
            className="input input-sm num"
            inputMode="numeric"
            value={jump}
            onChange={(e) => setJump(e.target.value.replace(/\D/g, ''))}
          />
          <Button size="sm" type="submit" disabled={!jump || available === 0}>
            Go
          </Button>
        </form>
        <Button size="sm" onClick={() => void random()} disabled={available === 0}>
          5 random contacts
        </Button>
        <div className="spacer" />
        {speech.unavailable ? (
          <span className="muted listen-off" title={speech.unavailable}>
            <Button size="sm" disabled aria-describedby="listen-why">
              ▶ Listen
            </Button>
            <span id="listen-why" className="visually-hidden">
              {speech.unavailable}
            </span>
          </span>
        ) : speech.speaking ? (
          <Button size="sm" onClick={speech.stop}>
            ■ Stop
          </Button>
        ) : (
          <Button size="sm" onClick={() => speech.speak(rendered)} disabled={!rendered.trim()}>
            ▶ Listen
          </Button>
        )}
      </div>
      {speech.unavailable ? <p className="field-hint">{speech.unavailable}</p> : null}
      <FormError message={sampleError} />
      <FormError message={randomError} />
      {randoms ? (
        <div className="preview-randoms">
          <div className="row">
            <strong>{countOf(randoms.length, 'contact')} at random</strong>
            <Button size="sm" variant="ghost" onClick={() => setRandoms(null)}>
              Close
            </Button>
          </div>
          <ol aria-label="Random contacts">
            {randoms.map((r) => (
              <li key={r.index}>
                <span className="muted num">
                  Row {formatCount(r.row)} · <span className="mono">{r.number}</span>
                </span>
                <Heard text={text} variables={variables} sample={r} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
