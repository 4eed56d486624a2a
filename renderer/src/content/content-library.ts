import { checkIns, exerciseSummaries, loadExerciseDetail, templates } from 'virtual:content-library';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import type { ExerciseSummary } from '../../../domain/content/exercise-summary.ts';
import type { WorkshopTemplate } from '../../../domain/content/template-schema.ts';

// Validated at build time by the content plugin; see scripts/content-plugin.ts.
export const EXERCISES: readonly ExerciseSummary[] = exerciseSummaries;
export const CHECK_INS: readonly CheckInInstrument[] = checkIns;
export const TEMPLATES: readonly WorkshopTemplate[] = templates;

export const EXERCISES_BY_ID: ReadonlyMap<string, ExerciseSummary> = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function findCheckIn(id: string): CheckInInstrument | undefined {
  return CHECK_INS.find((instrument) => instrument.id === id);
}

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

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
