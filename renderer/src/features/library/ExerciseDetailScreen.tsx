import { use, useEffect, useState } from 'react';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { storageAvailable } from '../../data/storage-available.ts';
import { routes } from '../../navigation/routes.ts';
import { loadExercise } from '../../content/content-library.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { ExerciseDetail } from './ExerciseDetail.tsx';

export default function ExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation('library');
  const english = use(loadExercise(exerciseId));
  const translated = useTranslatedContent();
  // The translated text where there is one (its timings, sizes and recording rules are the English source's).
  const [inLanguage, setInLanguage] = useState<{ id: string; language: string; exercise: Exercise | undefined } | null>(null);
  useEffect(() => {
    if (!translated) return;
    let current = true;
    void translated
      .loadExerciseDetail(exerciseId)
      .then((exercise) => current && setInLanguage({ id: exerciseId, language: translated.language, exercise }));
    return () => {
      current = false;
    };
  }, [translated, exerciseId]);
  const loaded = translated && inLanguage?.id === exerciseId && inLanguage.language === translated.language;
  if (translated === undefined || (translated && !loaded)) return <p className="loading">…</p>;
  const exercise = (loaded && inLanguage?.exercise) || english;
  if (!exercise) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} />;
  // Adapting keeps a copy in the database: offered only where one can be kept.
  const actions = storageAvailable() ? (
    <Link href={routes.adaptExercise(exercise.id)} className="button">
      {t('adapt')}
    </Link>
  ) : undefined;
  // No exercise is translated yet: in another language, the English original is shown and said to be so.
  const mark =
    translated && translated.untranslated.exercises.includes(exercise.id) ? (
      <p className="own-mark">
        <NotTranslatedMark />
      </p>
    ) : undefined;
  return <ExerciseDetail exercise={exercise} actions={actions} mark={mark} />;
}
