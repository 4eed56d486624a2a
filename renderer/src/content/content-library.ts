import { checkInSummaries, exerciseSummaries, loadExerciseDetail, templateSummaries } from 'virtual:content-library';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import type { ExerciseSummary } from '../../../domain/content/exercise-summary.ts';
import type { CheckInSummary, TemplateSummary } from '../../../domain/content/library-summaries.ts';

// Validated at build time by the content plugin; see scripts/content-plugin.ts.
// Summaries only: full check-ins and templates are in content-details.ts.
export const EXERCISES: readonly ExerciseSummary[] = exerciseSummaries;
export const TEMPLATE_SUMMARIES: readonly TemplateSummary[] = templateSummaries;
export const CHECK_IN_SUMMARIES: readonly CheckInSummary[] = checkInSummaries;

export const EXERCISES_BY_ID: ReadonlyMap<string, ExerciseSummary> = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

// One promise per exercise, kept, so React's `use` sees the same promise on
// every render and an exercise is fetched once per session.
const detailRequests = new Map<string, Promise<Exercise | undefined>>();

export function loadExercise(id: string): Promise<Exercise | undefined> {
  let request = detailRequests.get(id);
  if (!request) {
    request = loadExerciseDetail(id);
    detailRequests.set(id, request);
    // A failed chunk load (e.g. the build changed underneath) may be retried.
    request.catch(() => detailRequests.delete(id));
  }
  return request;
}
