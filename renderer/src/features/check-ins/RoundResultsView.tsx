import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { meanChange } from '../../../../domain/check-ins/format-mean.ts';
import type { InstrumentResult, RoundResults } from '../../../../domain/check-ins/session-results.ts';
import type { CheckInPattern } from '../../../../domain/content/check-in-schema.ts';
import { localeOf } from '../../i18n/i18n.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { FacilitatorPrompt, type ApplyAction } from './FacilitatorPrompt.tsx';
import { meanIn, withDecimalSign } from './number-format.ts';
import { roundTitle } from './round-labels.ts';

// The words are the checkIns catalog's, in the language of the nearest
// provider (on a printed summary, the participants'): what the domain keeps
// of a round is ids and numbers (domain/check-ins/disclosure.ts), and the
// English there is the summary's Markdown's, word for word the same.

function change(now: number, before: number, t: TFunction<'checkIns'>, locale: string): string {
  const { direction, amount } = meanChange(now, before);
  return t(`results.change.${direction}`, { amount: withDecimalSign(amount, locale) });
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
  const { t, i18n } = useTranslation('checkIns');
  const locale = localeOf(i18n.language);
  const { instrument, result, baseline, patterns } = entry;
  const headingId = `result-${instrument.id}`;
  if (!result.shown) {
    return (
      <section className="instrument-result" aria-labelledby={headingId}>
        <h4 id={headingId}>{instrument.title}</h4>
        <p className="instrument-result__hidden">{t('results.belowFloor', { minimum: result.minimum })}</p>
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
          t('results.noMean')
        ) : (
          <Trans
            t={t}
            i18nKey={baseline?.mean != null ? 'results.averageChange' : 'results.average'}
            values={{
              mean: meanIn(aggregate.mean, locale),
              max: instrument.scale.max,
              band: t(`results.band.${aggregate.band}`),
              change: baseline?.mean != null ? change(aggregate.mean, baseline.mean, t, locale) : '',
            }}
            components={[<strong key="mean" />]}
          />
        )}
      </p>
      {aggregate.comparedWithEarlier && <p className="instrument-result__compared">{t('results.compared')}</p>}
      <table className="instrument-result__items">
        <caption className="visually-hidden">{t('results.caption', { title: instrument.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.question')}</th>
            <th scope="col">{t('results.averageHeader')}</th>
            {baseline && <th scope="col">{t('results.firstRound')}</th>}
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
                  {item.reverseScored && <span className="instrument-result__reverse"> {t('results.reverse')}</span>}
                </th>
                {itemResult?.shown ? (
                  <>
                    <td>{meanIn(itemResult.mean, locale)}</td>
                    {baseline && <td>{before?.shown ? meanIn(before.mean, locale) : '—'}</td>}
                  </>
                ) : (
                  <td colSpan={baseline ? 2 : 1}>{t(`results.withheld.${itemResult?.why ?? 'too-few'}`)}</td>
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
  const { t, i18n } = useTranslation('checkIns');
  const title = roundTitle(round.round.purpose, round.number, t);
  const { closedAt, changeRequests } = round.round;
  return (
    <article className="round-results" aria-label={title}>
      <h3>
        {title}
        {closedAt !== null && (
          <span className="round-results__time">
            {' · '}
            {t('results.closed', {
              time: new Intl.DateTimeFormat(localeOf(i18n.language), { timeStyle: 'short' }).format(closedAt),
            })}
          </span>
        )}
      </h3>
      {changeRequests > 0 && (
        <p className="round-results__change" role="note">
          {t('results.changeRequests', { count: changeRequests })}
        </p>
      )}
      {round.results.map((entry) => (
        <InstrumentResultView key={entry.instrument.id} entry={entry} onApply={onApply} reader={reader} />
      ))}
    </article>
  );
}
