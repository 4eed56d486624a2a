import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routes } from '../../navigation/routes.ts';
import { CHECK_IN_SUMMARIES } from '../../content/content-library.ts';
import { trackLabel } from '../../content/labels.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { FactList } from '../../ui/FactList.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

/** The check-in instruments, in the app's language where they are translated, else in English and marked so. */
export function CheckInListScreen() {
  const { t } = useTranslation('checkIns');
  const translated = useTranslatedContent();
  return (
    <div>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <ul className="card-list card-list--narrow">
        {translated !== undefined &&
          CHECK_IN_SUMMARIES.map((english) => {
            const instrument = translated?.checkInSummaries.find((candidate) => candidate.id === english.id) ?? english;
            const untranslated = translated !== null && instrument === english;
            return (
              <li key={english.id}>
                <article className="card" aria-labelledby={`check-in-${english.id}-title`}>
                  <h2 id={`check-in-${english.id}-title`} className="card__title">
                    <Link href={routes.checkIn(english.id)}>{instrument.title}</Link>
                  </h2>
                  {untranslated && (
                    <p className="own-mark">
                      <NotTranslatedMark />
                    </p>
                  )}
                  <p className="card__summary">{instrument.summary}</p>
                  <FactList
                    compact
                    facts={[
                      { term: t('answeredBy'), value: trackLabel(instrument.track) },
                      { term: t('items'), value: String(instrument.itemCount) },
                      { term: t('shownFrom'), value: t('answers', { count: instrument.minimumGroupSize }) },
                    ]}
                  />
                </article>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
