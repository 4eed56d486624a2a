import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { FACILITATOR_ACTIONS } from '../../../../domain/content/vocabulary.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckIn } from '../../content/content-details.ts';
import { trackLabel } from '../../content/labels.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { SourceList } from '../library/index.ts';
import { describeCondition } from './describe-condition.ts';
import { ScaleQuestion } from './ScaleQuestion.tsx';
import { PARTICIPANT_PROMISE } from '../../../../domain/check-ins/disclosure.ts';

export default function CheckInDetailScreen({ instrumentId }: { instrumentId: string }) {
  const instrument = findCheckIn(instrumentId);
  if (!instrument) return <NotFound what="Check-in" id={instrumentId} backHref={routes.checkIns} backLabel="Back to the check-ins" />;
  return <CheckInDetail instrument={instrument} />;
}

/** The items exactly as a participant meets them, read-only. */
function ParticipantPreview({ instrument }: { instrument: CheckInInstrument }) {
  return (
    <div className="participant-preview">
      <p className="participant-preview__label">Preview: what a participant sees, one question to a screen, after being told this:</p>
      <p className="participant-preview__promise">{PARTICIPANT_PROMISE}</p>
      <Markdown source={instrument.participantIntro} />
      <ol className="participant-preview__items">
        {instrument.items.map((item, index) => (
          <li key={item.id}>
            <ScaleQuestion instrument={instrument} item={item} number={index + 1} name={`preview-${item.id}`} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function CheckInDetail({ instrument }: { instrument: CheckInInstrument }) {
  const reversed = instrument.items.filter((item) => item.reverseScored);
  const patterns = [...instrument.patterns].sort((a, b) => a.priority - b.priority);
  return (
    <article className="detail" aria-labelledby="check-in-title">
      <DetailHeader
        backHref={routes.checkIns}
        backLabel="Back to the check-ins"
        titleId="check-in-title"
        title={instrument.title}
        summary={instrument.summary}
        facts={[
          { term: 'Answered by', value: trackLabel(instrument.track) },
          {
            term: 'Scale',
            value: `${instrument.scale.min} (${instrument.scale.minLabel}) to ${instrument.scale.max} (${instrument.scale.maxLabel})`,
          },
          { term: 'Results shown only from', value: `${instrument.minimumGroupSize} answers` },
        ]}
      >
        <p className="formative-notice" role="note">
          {instrument.formativeNotice}
        </p>
      </DetailHeader>

      <section aria-labelledby="participant-heading">
        <h2 id="participant-heading">What participants see</h2>
        <ParticipantPreview instrument={instrument} />
      </section>

      <section aria-labelledby="reading-heading" className="note-block">
        <h2 id="reading-heading">Reading the results</h2>
        <p>
          No result is shown for this check-in until at least {instrument.minimumGroupSize} people have answered it; below that, an average
          could point at a person. Only averages are ever shown, how many answered only roughly, and a round a few people joined or left
          since an earlier one shows only its overall average.
        </p>
        {reversed.length > 0 && (
          <p>
            Reverse-scored (flipped before averaging, so that every item reads the same way):{' '}
            {reversed.map((item) => `“${item.text}”`).join('; ')}.
          </p>
        )}
        <Markdown source={instrument.body} />
      </section>

      <section aria-labelledby="patterns-heading">
        <h2 id="patterns-heading">Patterns and what to do</h2>
        <ol className="pattern-list">
          {patterns.map((pattern) => (
            <li key={pattern.id} className="pattern">
              <h3>{pattern.title}</h3>
              <p className="pattern__when">
                <strong>Shows when:</strong> {pattern.when.map((condition) => describeCondition(condition, instrument)).join('; or ')}.
              </p>
              <Markdown source={pattern.prompt} />
              <ul className="pattern__responses">
                {pattern.responses.map((response, index) => (
                  <li key={index}>
                    <Markdown source={response.text} />
                    {response.action && <span className="pattern__action">Practical step: {FACILITATOR_ACTIONS[response.action]}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="check-in-sources-heading">
        <h2 id="check-in-sources-heading">Sources</h2>
        <SourceList sources={instrument.sources} />
      </section>
    </article>
  );
}
