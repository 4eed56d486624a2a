import type { Exercise } from './exercise-schema.ts';

/**
 * What the library list needs of an exercise. The full text (steps, notes,
 * sources) is loaded only when an exercise is opened, so the first screen
 * stays fast however large the library grows.
 */
export type ExerciseSummary = Pick<Exercise, 'id' | 'version' | 'title' | 'summary' | 'frameworks' | 'audience' | 'durationMinutes' | 'groupSize'>;

export function summarizeExercise(exercise: Exercise): ExerciseSummary {
  const { id, version, title, summary, frameworks, audience, durationMinutes, groupSize } = exercise;
  return { id, version, title, summary, frameworks, audience, durationMinutes, groupSize };
}
