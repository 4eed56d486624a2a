import exercises from 'virtual:exercise-library';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';

// Validated at build time by the content plugin; see scripts/content-plugin.ts.
export const EXERCISES: readonly Exercise[] = exercises;

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
