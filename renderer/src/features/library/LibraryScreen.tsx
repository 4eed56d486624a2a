import { Suspense, useLayoutEffect, useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FILTER, filterExercises, isFiltering, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';
import { EXERCISES } from '../../content/content-library.ts';
import { ExerciseCard } from './ExerciseCard.tsx';
import { exerciseIn, useTranslatedContent } from '../../content/translated-content.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { LIBRARY_READY_MARK } from '../../navigation/performance-marks.ts';
import { useLibraryFilter } from './library-filter-state.tsx';

/** The facilitator's own exercises, filtered like the rest; composed by the app shell, loaded with the database. */
export type OwnShelf = ComponentType<{ filter: LibraryFilter }>;

export function LibraryScreen({ ownShelf: OwnShelf }: { ownShelf?: OwnShelf | undefined }) {
  const { t } = useTranslation('library');
  // In English, nothing to load; in another language, which exercises are not yet translated (shown in English, marked).
  const translated = useTranslatedContent();
  const [filter, setFilter] = useLibraryFilter();
  const visible = useMemo(() => filterExercises(EXERCISES, filter), [filter]);

  // Marked when the list is committed, before the frame that paints it: a
  // passive effect would run before or after that frame depending on how long
  // React's render took, which is not something the mark should measure.
  useLayoutEffect(() => {
    if (performance.getEntriesByName(LIBRARY_READY_MARK).length === 0) performance.mark(LIBRARY_READY_MARK);
  }, []);

  const countText =
    visible.length === EXERCISES.length
      ? t('count', { count: EXERCISES.length })
      : t('matching', { count: visible.length, total: EXERCISES.length });

  return (
    <div className="library">
      <div className="library__intro">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p className="lede">{t('lede')}</p>
      </div>
      <div className="library__layout">
        <aside className="library__filters" aria-label={t('filters')}>
          <LibraryFilters filter={filter} onChange={setFilter} />
          {isFiltering(filter) && (
            <button type="button" className="button button--quiet" onClick={() => setFilter(NO_FILTER)}>
              {t('clear')}
            </button>
          )}
        </aside>
        <section className="library__results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('results')}
          </h2>
          {OwnShelf && (
            <Suspense fallback={null}>
              <OwnShelf filter={filter} />
            </Suspense>
          )}
          {OwnShelf && <h2 className="own-shelf__library-heading">{t('libraryExercises')}</h2>}
          <p className="result-count" role="status" aria-live="polite">
            {countText}
          </p>
          {visible.length === 0 ? (
            <div className="empty-state">
              <p>{t('noMatch')}</p>
              <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                {t('showAll')}
              </button>
            </div>
          ) : (
            <ul className="card-list">
              {visible.map((exercise) => {
                const shown = exerciseIn(translated, exercise.id);
                return (
                  <li key={exercise.id}>
                    <ExerciseCard exercise={shown.summary ?? exercise} mark={shown.untranslated ? <NotTranslatedMark /> : undefined} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
