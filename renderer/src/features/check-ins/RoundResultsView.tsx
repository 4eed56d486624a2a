import { formatMean, meanChange } from '../../../../domain/check-ins/format-mean.ts';
import type { InstrumentResult, RoundResults } from '../../../../domain/check-ins/session-results.ts';
import type { CheckInPattern } from '../../../../domain/content/check-in-schema.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { timeOfDay } from '../../ui/time-of-day.ts';
import { FacilitatorPrompt, type ApplyAction } from './FacilitatorPrompt.tsx';
import { scaleValues } from './ScaleQuestion.tsx';

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
        <p className="instrument-result__hidden">
          Fewer than {result.minimum} people answered this check-in, so nothing is shown: an average of so few could point at a person.
        </p>
      </section>
    );
  }
  const { aggregate } = result;
  const values = scaleValues(instrument.scale);
  return (
    <section className="instrument-result" aria-labelledby={headingId}>
      <h4 id={headingId}>{instrument.title}</h4>
      <p className="instrument-result__summary">{instrument.summary}</p>
      <p className="instrument-result__mean" data-testid={`mean-${instrument.id}`}>
        {aggregate.mean === null ? (
          'No question had enough answers to show an average.'
        ) : (
          <>
            Average <strong>{formatMean(aggregate.mean)}</strong> out of {instrument.scale.max}, from {aggregate.respondents} people
            {baseline?.mean != null && ` · ${change(aggregate.mean, baseline.mean)}`}
          </>
        )}
      </p>
      <table className="instrument-result__items">
        <caption className="visually-hidden">Answers to each question of {instrument.title}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Average</th>
            {baseline && <th scope="col">First round</th>}
            <th scope="col">
              How many chose {values[0]} to {values.at(-1)}
            </th>
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
                    <td>
                      <span className="distribution">
                        {values.map((value) => {
                          const count = itemResult.distribution[value] ?? 0;
                          return (
                            <span key={value} className="distribution__bar" title={`${count} chose ${value}`}>
                              <span className="distribution__fill" style={{ height: `${(count / itemResult.count) * 100}%` }} />
                              <span className="distribution__label">
                                {value}: {count}
                              </span>
                            </span>
                          );
                        })}
                      </span>
                    </td>
                  </>
                ) : (
                  <td colSpan={baseline ? 3 : 2}>Too few answers to show</td>
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
  const title = round.round.purpose === 'check-out' ? 'Closing check-out' : `Check-in round ${round.number}`;
  return (
    <article className="round-results" aria-label={title}>
      <h3>
        {title}
        {round.round.closedAt !== null && <span className="round-results__time"> · closed {timeOfDay.format(round.round.closedAt)}</span>}
      </h3>
      {round.results.map((entry) => (
        <InstrumentResultView key={entry.instrument.id} entry={entry} onApply={onApply} reader={reader} />
      ))}
    </article>
  );
}
