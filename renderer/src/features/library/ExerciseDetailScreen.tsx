import { use } from 'react';
import { Link } from 'wouter';
import { storageAvailable } from '../../data/storage-available.ts';
import { routes } from '../../navigation/routes.ts';
import { loadExercise } from '../../content/content-library.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { ExerciseDetail } from './ExerciseDetail.tsx';

export default function ExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const exercise = use(loadExercise(exerciseId));
  if (!exercise) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} backLabel="Back to the library" />;
  // Adapting keeps a copy in the database: offered only where one can be kept.
  const actions = storageAvailable() ? (
    <Link href={routes.adaptExercise(exercise.id)} className="button">
      Adapt this
    </Link>
  ) : undefined;
  return <ExerciseDetail exercise={exercise} actions={actions} />;
}
