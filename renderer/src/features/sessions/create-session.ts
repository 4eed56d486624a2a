import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { planFromTemplate } from '../../../../domain/sessions/plan-from-content.ts';
import { localDate } from '../../../../domain/sessions/retention.ts';
import { findTemplate } from '../../content/content-details.ts';
import { loadExercise } from '../../content/content-library.ts';
import { sessions } from '../../data/app-database.ts';

/** Creates a session, blank or planned from a template, and returns its id. */
export async function createSession(title: string, templateId: string | null): Promise<string> {
  const template = templateId ? findTemplate(templateId) : undefined;
  if (!template) return sessions.create(title);

  const ids = [...new Set(template.agenda.flatMap((item) => (item.kind === 'exercise' ? [item.exercise] : [])))];
  const loaded = await Promise.all(ids.map((id) => loadExercise(id)));
  const exercises = new Map(
    loaded.filter((exercise): exercise is Exercise => exercise !== undefined).map((exercise) => [exercise.id, exercise]),
  );
  const { details, plan } = planFromTemplate(template, exercises, localDate(Date.now()));
  return sessions.create(title, { details, plan });
}
