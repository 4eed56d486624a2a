import type { Exercise } from '../content/exercise-schema.ts';
import { OWN_EXERCISE_ID_PREFIX } from '../content/own-exercise-limits.ts';
import type { AgendaItem } from './session-model.ts';

// A plan keeps each exercise as it was when it was planned, in English for a
// shipped one. Shown in another language, an exercise takes the words of its
// translation: only when the translation is of that same version and has the
// same steps, so that what is read matches what is timed. Everything but the
// words (minutes, steps, what is recorded) stays the plan's own.

export interface LocalizedAgenda {
  agenda: AgendaItem[];
  /** Exercise items shown in English for want of a translation of their version. */
  untranslated: ReadonlySet<string>;
}

/**
 * The agenda in the words of `translations` (translated exercises by id, as
 * the app's content in that language holds them). An own exercise is shown
 * as its author wrote it, and is not counted as untranslated.
 */
export function localizeAgenda(agenda: readonly AgendaItem[], translations: ReadonlyMap<string, Exercise>): LocalizedAgenda {
  const untranslated = new Set<string>();
  const localized = agenda.map((item): AgendaItem => {
    if (item.kind !== 'exercise' || item.exercise.id.startsWith(OWN_EXERCISE_ID_PREFIX)) return item;
    const translation = translations.get(item.exercise.id);
    const fits =
      translation !== undefined && translation.version === item.exercise.version && translation.steps.length === item.exercise.steps.length;
    if (!fits) {
      untranslated.add(item.id);
      return item;
    }
    return {
      ...item,
      exercise: {
        ...item.exercise,
        title: translation.title,
        steps: item.exercise.steps.map((step, index) => {
          const words = translation.steps[index]!;
          return {
            ...step,
            title: words.title,
            script: words.script,
            ...(step.prompt !== undefined && words.prompt !== undefined && { prompt: words.prompt }),
          };
        }),
      },
    };
  });
  return { agenda: localized, untranslated };
}
