import { useTranslation } from 'react-i18next';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { localeOf } from '../../i18n/i18n.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckIn } from '../../content/content-details.ts';
import { trackLabel } from '../../content/labels.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { SourceList } from '../library/index.ts';
import { describeCondition } from './describe-condition.ts';
import { ScaleQuestion } from './ScaleQuestion.tsx';

/** The catalogs of this screen: its own, and the hand-around's for the promise its preview shows. */
const NAMESPACES = ['checkIns', 'handAround'] as const;

export default function CheckInDetailScreen({ instrumentId }: { instrumentId: string }) {
  useTranslation(NAMESPACES); // this screen's catalogs, here before it renders
  // In the app's language where the instrument is translated (same ids, scale and rules as the English source), else English, marked, as the list shows it.
  const translated = useTranslatedContent();
  const english = findCheckIn(instrumentId);
  if (!english) return <NotFound what="Check-in" id={instrumentId} backHref={routes.checkIns} />;
  if (translated === undefined) return null;
  const instrument = translated?.checkIns.find((candidate) => candidate.id === english.id);
  return <CheckInDetail instrument={instrument ?? english} untranslated={translated !== null && !instrument} />;
}

/** The items exactly as a participant meets them, read-only. */
function ParticipantPreview({ instrument }: { instrument: CheckInInstrument }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="participant-preview">
      <p className="participant-preview__label">{t('detail.preview')}</p>
      {/* The hand-around's own words: what a participant is told there, word for word. */}
      <p className="participant-preview__promise">{t('handAround:promise')}</p>
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

function CheckInDetail({ instrument, untranslated }: { instrument: CheckInInstrument; untranslated: boolean }) {
  const { t, i18n } = useTranslation(NAMESPACES);
  const locale = localeOf(i18n.language);
  const reversed = instrument.items.filter((item) => item.reverseScored);
  const patterns = [...instrument.patterns].sort((a, b) => a.priority - b.priority);
  return (
    <article className="detail" aria-labelledby="check-in-title">
      <DetailHeader
        backHref={routes.checkIns}
        backLabel={t('detail.back')}
        titleId="check-in-title"
        title={instrument.title}
        summary={instrument.summary}
        facts={[
          { term: t('answeredBy'), value: trackLabel(instrument.track) },
          {
            term: t('detail.scale'),
            value: t('detail.scaleValue', { ...instrument.scale }),
          },
          { term: t('detail.shownFrom'), value: t('answers', { count: instrument.minimumGroupSize }) },
        ]}
      >
        {untranslated && (
          <p className="own-mark">
            <NotTranslatedMark />
          </p>
        )}
        <p className="formative-notice" role="note">
          {instrument.formativeNotice}
        </p>
      </DetailHeader>

      <section aria-labelledby="participant-heading">
        <h2 id="participant-heading">{t('detail.participantsHeading')}</h2>
        <ParticipantPreview instrument={instrument} />
      </section>

      <section aria-labelledby="reading-heading" className="note-block">
        <h2 id="reading-heading">{t('detail.readingHeading')}</h2>
        <p>{t('detail.reading', { minimum: instrument.minimumGroupSize })}</p>
        {reversed.length > 0 && (
          <p>{t('detail.reversed', { items: reversed.map((item) => t('detail.quoted', { text: item.text })).join('; ') })}</p>
        )}
        <Markdown source={instrument.body} />
      </section>

      <section aria-labelledby="patterns-heading">
        <h2 id="patterns-heading">{t('detail.patternsHeading')}</h2>
        <ol className="pattern-list">
          {patterns.map((pattern) => (
            <li key={pattern.id} className="pattern">
              <h3>{pattern.title}</h3>
              <p className="pattern__when">
                {/* A label, then the pattern's conditions, each a sentence of its own. */}
                <strong>{t('detail.showsWhen')}</strong>{' '}
                {pattern.when.map((condition) => describeCondition(condition, instrument, t, locale)).join(t('detail.or'))}.
              </p>
              <Markdown source={pattern.prompt} />
              <ul className="pattern__responses">
                {pattern.responses.map((response, index) => (
                  <li key={index}>
                    <Markdown source={response.text} />
                    {response.action && (
                      <span className="pattern__action">{t('detail.practicalStep', { action: t(`action.${response.action}`) })}</span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="check-in-sources-heading">
        <h2 id="check-in-sources-heading">{t('detail.sources')}</h2>
        <SourceList sources={instrument.sources} />
      </section>
    </article>
  );
}
