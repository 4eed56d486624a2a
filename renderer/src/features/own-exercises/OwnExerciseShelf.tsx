import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { summarizeExercise } from '../../../../domain/content/exercise-summary.ts';
import { filterExercises, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';
import { ownExercises } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { ExerciseCard } from '../library/index.ts';
import { holdChosenFiles } from './exercise-file.ts';
import { ImportFileButton } from './ImportFileButton.tsx';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';

/** The facilitator's own exercises, above the library's, under the same filters. */
export default function OwnExerciseShelf({ filter }: { filter: LibraryFilter }) {
  const { t } = useTranslation('ownExercises');
  const [, navigate] = useLocation();
  const [kept, setKept] = useState<OwnExercise[] | null>(null);
  useEffect(() => {
    let current = true;
    void ownExercises.list().then((list) => {
      if (current) setKept(list);
    });
    return () => {
      current = false;
    };
  }, []);
  const visible = useMemo(() => {
    if (!kept) return [];
    const ids = new Set(filterExercises(kept.map(summarizeExercise), filter).map((summary) => summary.id));
    return kept.filter((exercise) => ids.has(exercise.id));
  }, [kept, filter]);

  return (
    <section className="own-shelf" aria-labelledby="own-shelf-heading">
      <h2 id="own-shelf-heading">{t('shelf.heading')}</h2>
      <div className="own-shelf__actions">
        <Link href={routes.writeExercise} className="button">
          {t('shelf.write')}
        </Link>
        <ImportFileButton
          label={t('shelf.import')}
          onChosen={(files) => {
            holdChosenFiles(files);
            navigate(routes.importExercise);
          }}
        />
        {kept !== null && kept.length > 0 && (
          <Link href={routes.shareOwn} className="button button--quiet">
            {t('shelf.share')}
          </Link>
        )}
      </div>
      {kept === null ? null : kept.length === 0 ? (
        <p className="own-shelf__empty">{t('shelf.empty')}</p>
      ) : visible.length === 0 ? (
        <p className="own-shelf__empty">{t('shelf.noMatch')}</p>
      ) : (
        <ul className="card-list">
          {visible.map((exercise) => (
            <li key={exercise.id}>
              <ExerciseCard
                exercise={summarizeExercise(exercise)}
                href={routes.ownExercise(exercise.id)}
                mark={<OwnExerciseMark exercise={exercise} />}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
