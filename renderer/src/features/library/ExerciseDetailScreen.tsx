import { use } from 'react';
import { routes } from '../../navigation/routes.ts';
import { loadExercise } from '../../content/content-library.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { ExerciseDetail } from './ExerciseDetail.tsx';

export default function ExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const exercise = use(loadExercise(exerciseId));
  if (!exercise) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} backLabel="Back to the library" />;
  return <ExerciseDetail exercise={exercise} />;
}
