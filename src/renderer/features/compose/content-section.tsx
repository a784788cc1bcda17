import type { Content, DraftFields } from '../../../shared/compose/draft';
import type { AudienceView } from '../../../shared/compose/views';
import { dynamicListProblem } from '../../../shared/compose/list-limits';
import { checkFlowUrl } from '../../../shared/compose/urls';
import { findReferences } from '../../../shared/template';
import { TextField } from '../../components/field';
import { useCompose } from './compose-store';
import { EmptyRows } from './empty-rows';
import type { FieldMessages } from './field-messages';
import { MessageEditor } from './message-editor';
import { MessagePreview } from './message-preview';

interface ContentSectionProps {
  draftId: string;
  fields: DraftFields;
  view: AudienceView | null;
  onChange: (patch: Partial<DraftFields>) => void;
  messages: FieldMessages;
  disabled?: boolean;
}

/** The same words the check before launch gives: a saved list with more than five variables cannot go as it is. */
function dynamicLimitNote(view: AudienceView | null, used: readonly string[]): string | null {
  if (!view) return null;
  const problem = dynamicListProblem(view, used);
  return problem ? `These contacts go to Exotel as a dynamic list, so this cannot launch: ${problem}.` : null;
}

/** What they hear: an Exotel flow, or a spoken message with its live preview. */
export function ContentSection({ draftId, fields, view, onChange, messages, disabled }: ContentSectionProps) {
  const content = fields.content;
  const variables = view?.variables ?? [];
  const sample = useCompose((s) => s.sample);
  const set = (next: Content) => onChange({ content: next });

  return (
    <section className="compose-section" aria-labelledby="hear-title">
      <h2 id="hear-title">What they hear</h2>
      <div className="radio-row two" role="radiogroup" aria-label="What they hear">
        <label className="radio-card">
          <input
            type="radio"
            name="content-kind"
            checked={content.kind === 'text'}
            disabled={disabled}
            onChange={() => set({ kind: 'text', text: '', flowType: 'greeting', repeatMenuAttempts: 0 })}
          />
          <span>
            <strong>A spoken message</strong>
            <span className="muted">Read out by Exotel, with @@ variables</span>
          </span>
        </label>
        <label className="radio-card">
          <input
            type="radio"
            name="content-kind"
            checked={content.kind === 'flow'}
            disabled={disabled}
            onChange={() => set({ kind: 'flow', url: '' })}
          />
          <span>
            <strong>An Exotel flow</strong>
            <span className="muted">An app built in your Exotel dashboard</span>
          </span>
        </label>
      </div>

      {content.kind === 'flow' ? (
        (() => {
          // Shape is checked as the user types; an empty address is said only by the check before launch.
          const note = content.url.trim() ? checkFlowUrl(content.url) : {};
          return (
            <TextField
              label="Flow address"
              data-field="content.url"
              value={content.url}
              disabled={disabled}
              placeholder="http://my.exotel.com/<sid>/exoml/start_voice/<app id>"
              error={note.issue ?? messages.error('content.url')}
              hint={note.warning ? `⚠ ${note.warning}` : 'Copy it from the app’s page in your Exotel dashboard.'}
              onChange={(url) => set({ kind: 'flow', url })}
            />
          );
        })()
      ) : (
        <>
          <div className="form-grid content-kind">
            <div className="field">
              <span className="field-label">Played as</span>
              <div className="segmented" role="radiogroup" aria-label="Played as">
                {(['greeting', 'ivr'] as const).map((flowType) => (
                  <label key={flowType} className="segment">
                    <input
                      type="radio"
                      name="flow-type"
                      checked={content.flowType === flowType}
                      disabled={disabled}
                      onChange={() => set({ ...content, flowType })}
                    />
                    {flowType === 'greeting' ? 'A greeting' : 'An IVR menu'}
                  </label>
                ))}
              </div>
            </div>
            {content.flowType === 'ivr' ? (
              <TextField
                label="Repeat the menu"
                data-field="content.repeatMenuAttempts"
                type="number"
                min={0}
                max={10}
                value={String(content.repeatMenuAttempts)}
                disabled={disabled}
                error={messages.error('content.repeatMenuAttempts')}
                hint="Times the menu is read again when nothing is pressed (0 to 10)."
                onChange={(v) => set({ ...content, repeatMenuAttempts: Math.max(0, Math.min(10, Number.parseInt(v, 10) || 0)) })}
              />
            ) : null}
          </div>
          <MessageEditor
            label="Message"
            value={content.text}
            variables={variables}
            disabled={disabled}
            // Unknown @@ references are named under the editor as the user types; the check's copy would repeat them.
            error={messages.errors('content.text').find((m) => !m.startsWith('@@'))}
            hint={
              dynamicLimitNote(view, findReferences(content.text, variables).used) ??
              (variables.length
                ? `Type @@ to use a column: ${variables.map((v) => `@@${v}`).join(', ')}.`
                : 'These contacts have no other columns, so the message is the same for everyone.')
            }
            onChange={(text) => set({ ...content, text })}
          />
          <MessagePreview draftId={draftId} text={content.text} variables={variables} available={view?.available ?? 0} />
          {view ? (
            <EmptyRows
              draftId={draftId}
              text={content.text}
              variables={variables}
              emptyByVariable={view.emptyByVariable}
              values={sample?.values ?? {}}
              skipped={fields.skipEmptyFor}
              disabled={disabled}
              onSkip={(variable, skip) =>
                onChange({
                  skipEmptyFor: skip ? [...new Set([...fields.skipEmptyFor, variable])] : fields.skipEmptyFor.filter((v) => v !== variable),
                })
              }
            />
          ) : null}
        </>
      )}
    </section>
  );
}
