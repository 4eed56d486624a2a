import { OWN_EXERCISE_ID_PREFIX } from '../../../../domain/content/own-exercise-limits.ts';
import { EXERCISES_BY_ID } from '../../content/content-library.ts';
import { exerciseIn, type TranslatedContent } from '../../content/translated-content.ts';
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

/**
 * The same, as the app's language shows them: a translated exercise under its
 * translated title, one not yet translated under its English title and marked
 * so. The facilitator's own are shown as their author wrote them.
 */
export function agendaExercisesIn(
  exercises: ReadonlyMap<string, AgendaExercise>,
  translated: TranslatedContent | null | undefined,
): ReadonlyMap<string, AgendaExercise> {
  if (!translated) return exercises;
  return new Map(
    [...exercises].map(([id, shown]) => {
      const { summary, untranslated } = exerciseIn(translated, id);
      return [id, { ...shown, title: summary?.title ?? shown.title, untranslated }];
    }),
  );
}
