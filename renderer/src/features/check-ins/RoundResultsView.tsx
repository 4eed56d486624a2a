import {
  COMPARED_NOTE,
  RESPONDENT_BAND_LABELS,
  WITHHELD_LABELS,
  belowFloorText,
  changeRequestText,
} from '../../../../domain/check-ins/disclosure.ts';
import { formatMean, meanChange } from '../../../../domain/check-ins/format-mean.ts';

/** A phrase as the start of a sentence. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
import type { InstrumentResult, RoundResults } from '../../../../domain/check-ins/session-results.ts';
import type { CheckInPattern } from '../../../../domain/content/check-in-schema.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { timeOfDay } from '../../ui/time-of-day.ts';
import { FacilitatorPrompt, type ApplyAction } from './FacilitatorPrompt.tsx';
import { roundTitle } from './round-labels.ts';

function change(now: number, before: number): string {
  const { direction, amount } = meanChange(now, before);
  if (direction === 'none') return 'no change since the first round';
  return `${direction} ${amount} since the first round`;
}

/** Who reads the results: a facilitator gets the prompts and their actions, a group on its own gets plain guidance. */
export type ResultsReader = 'facilitator' | 'group';

function GroupGuidance({ pattern }: { pattern: CheckInPattern }) {
  return (
    <section className="facilitator-prompt" role="alert" aria-labelledby={`guidance-${pattern.id}`}>
      <h4 id={`guidance-${pattern.id}`}>{pattern.title}</h4>
      <Markdown source={pattern.groupGuidance} />
    </section>
  );
}

interface InstrumentResultViewProps {
  entry: InstrumentResult;
  onApply?: ApplyAction | undefined;
  reader: ResultsReader;
}

function InstrumentResultView({ entry, onApply, reader }: InstrumentResultViewProps) {
  const { instrument, result, baseline, patterns } = entry;
  const headingId = `result-${instrument.id}`;
  if (!result.shown) {
    return (
      <section className="instrument-result" aria-labelledby={headingId}>
        <h4 id={headingId}>{instrument.title}</h4>
        <p className="instrument-result__hidden">{sentence(belowFloorText(result.minimum))}</p>
      </section>
    );
  }
  const { aggregate } = result;
  return (
    <section className="instrument-result" aria-labelledby={headingId}>
      <h4 id={headingId}>{instrument.title}</h4>
      <p className="instrument-result__summary">{instrument.summary}</p>
      <p className="instrument-result__mean" data-testid={`mean-${instrument.id}`}>
        {aggregate.mean === null ? (
          'No question had enough answers to show an average.'
        ) : (
          <>
            Average <strong>{formatMean(aggregate.mean)}</strong> out of {instrument.scale.max}, from{' '}
            {RESPONDENT_BAND_LABELS[aggregate.band]}
            {baseline?.mean != null && ` · ${change(aggregate.mean, baseline.mean)}`}
          </>
        )}
      </p>
      {aggregate.comparedWithEarlier && <p className="instrument-result__compared">{COMPARED_NOTE}</p>}
      <table className="instrument-result__items">
        <caption className="visually-hidden">Answers to each question of {instrument.title}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Average</th>
            {baseline && <th scope="col">First round</th>}
          </tr>
        </thead>
        <tbody>
          {instrument.items.map((item) => {
            const itemResult = aggregate.items.find((candidate) => candidate.itemId === item.id);
            const before = baseline?.items.find((candidate) => candidate.itemId === item.id);
            return (
              <tr key={item.id}>
                <th scope="row">
                  {item.text}
                  {item.reverseScored && <span className="instrument-result__reverse"> (reverse-scored: the average is flipped)</span>}
                </th>
                {itemResult?.shown ? (
                  <>
                    <td>{formatMean(itemResult.mean)}</td>
                    {baseline && <td>{before?.shown ? formatMean(before.mean) : '—'}</td>}
                  </>
                ) : (
                  <td colSpan={baseline ? 2 : 1}>{sentence(WITHHELD_LABELS[itemResult?.why ?? 'too-few'])}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {patterns.map((pattern) =>
        reader === 'group' ? (
          <GroupGuidance key={pattern.id} pattern={pattern} />
        ) : (
          <FacilitatorPrompt key={pattern.id} pattern={pattern} onApply={onApply} />
        ),
      )}
    </section>
  );
}

/** One closed round: only aggregates at or above each instrument's minimum group size, and the prompts they raise. */
interface RoundResultsViewProps {
  round: RoundResults;
  onApply?: ApplyAction | undefined;
  reader?: ResultsReader;
}

export function RoundResultsView({ round, onApply, reader = 'facilitator' }: RoundResultsViewProps) {
  const title = roundTitle(round.round.purpose, round.number);
  return (
    <article className="round-results" aria-label={title}>
      <h3>
        {title}
        {round.round.closedAt !== null && <span className="round-results__time"> · closed {timeOfDay.format(round.round.closedAt)}</span>}
      </h3>
      {changeRequestText(round.round.changeRequests) && (
        <p className="round-results__change" role="note">
          {changeRequestText(round.round.changeRequests)}
        </p>
      )}
      {round.results.map((entry) => (
        <InstrumentResultView key={entry.instrument.id} entry={entry} onApply={onApply} reader={reader} />
      ))}
    </article>
  );
}
