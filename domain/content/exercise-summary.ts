import type { Exercise } from './exercise-schema.ts';

/**
 * What the library list needs of an exercise. The full text (steps, notes,
 * sources) is loaded only when an exercise is opened, so the first screen
 * stays fast however large the library grows.
 */
export type ExerciseSummary = Pick<Exercise, 'id' | 'version' | 'title' | 'summary' | 'frameworks' | 'audience' | 'durationMinutes' | 'groupSize'> & {
  /** Why a group without a facilitator should not run it, or null when it may. */
  needsFacilitatorBecause: string | null;
};

export function needsFacilitatorBecause(exercise: Pick<Exercise, 'facilitation'>): string | null {
  return exercise.facilitation.needsExperiencedFacilitator ? (exercise.facilitation.why ?? null) : null;
}

export function summarizeExercise(exercise: Exercise): ExerciseSummary {
  const { id, version, title, summary, frameworks, audience, durationMinutes, groupSize } = exercise;
  return { id, version, title, summary, frameworks, audience, durationMinutes, groupSize, needsFacilitatorBecause: needsFacilitatorBecause(exercise) };
}
