import { OWN_EXERCISE_ID_PREFIX } from '../../../../domain/content/own-exercise-limits.ts';
import { EXERCISES_BY_ID } from '../../content/content-library.ts';
import { routes } from '../../navigation/routes.ts';
import type { AgendaExercise } from './TemplateDetail.tsx';

/** The exercises a template's agenda may name, as it shows them: the library's, and the facilitator's own beside them. */
export function agendaExercises(own: readonly { id: string; title: string; durationMinutes: number }[] = []): Map<string, AgendaExercise> {
  const href = (id: string) => (id.startsWith(OWN_EXERCISE_ID_PREFIX) ? routes.ownExercise(id) : routes.exercise(id));
  return new Map(
    [...EXERCISES_BY_ID.values(), ...own].map((exercise) => [
      exercise.id,
      { title: exercise.title, durationMinutes: exercise.durationMinutes, href: href(exercise.id) },
    ]),
  );
}
