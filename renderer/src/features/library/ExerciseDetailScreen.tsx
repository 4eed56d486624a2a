import { use } from 'react';
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
  const exercise = use(loadExercise(exerciseId));
  const translated = useTranslatedContent();
  if (!exercise) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} backLabel="Back to the library" />;
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
