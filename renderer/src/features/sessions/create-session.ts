import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { OWN_EXERCISE_ID_PREFIX } from '../../../../domain/content/own-exercise-limits.ts';
import type { WorkshopTemplate } from '../../../../domain/content/template-schema.ts';
import { planFromTemplate } from '../../../../domain/sessions/plan-from-content.ts';
import { localDate } from '../../../../domain/sessions/retention.ts';
import { findTemplate } from '../../content/content-details.ts';
import { loadExercise } from '../../content/content-library.ts';
import { ownExercises, ownTemplates, sessions } from '../../data/app-database.ts';

/** A template that cannot be planned from as it stands: `missing` exercises it names are no longer kept. The screen says so in its words. */
export class TemplateNotReadyError extends Error {
  constructor(
    readonly title: string,
    readonly missing: number,
  ) {
    super(`“${title}” names ${missing} exercises no longer kept here.`); // for logs: the screen says it from its catalog
  }
}

/**
 * Creates a session, blank or planned from a shipped or an own template, and
 * returns its id. `translated`: the shipped template in the app's language,
 * whose breaks, check-ins and notes go into the plan in its words (its
 * timings are the English source's, so the plan is the same).
 */
export async function createSession(title: string, templateId: string | null, translated?: WorkshopTemplate): Promise<string> {
  const template = templateId ? (translated?.id === templateId ? translated : await findAnyTemplate(templateId)) : undefined;
  if (!template) return sessions.create(title);

  const ids = [...new Set(template.agenda.flatMap((item) => (item.kind === 'exercise' ? [item.exercise] : [])))];
  // Own exercises come from this device's own library, shipped ones from the build; a plan copies each as it is now.
  const loaded = await Promise.all(ids.map((id) => (id.startsWith(OWN_EXERCISE_ID_PREFIX) ? ownExercises.get(id) : loadExercise(id))));
  const exercises = new Map(
    loaded.filter((exercise): exercise is Exercise => exercise !== undefined).map((exercise) => [exercise.id, exercise]),
  );
  const missing = ids.filter((id) => !exercises.has(id));
  if (missing.length > 0) throw new TemplateNotReadyError(template.title, missing.length);
  const { details, plan } = planFromTemplate(template, exercises, localDate(Date.now()));
  return sessions.create(title, { details, plan });
}

async function findAnyTemplate(id: string): Promise<WorkshopTemplate | undefined> {
  if (!id.startsWith(OWN_EXERCISE_ID_PREFIX)) return findTemplate(id);
  return (await ownTemplates.get(id))?.template;
}
