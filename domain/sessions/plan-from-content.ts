import type { Exercise } from '../content/exercise-schema.ts';
import { OWN_EXERCISE_ID_PREFIX } from '../content/own-exercise-limits.ts';
import type { WorkshopTemplate } from '../content/template-schema.ts';
import { addDays, type LocalDate } from './retention.ts';
import type { AgendaItem, ExerciseSnapshot, Session } from './session-model.ts';

/** Positions leave room between items, so a move rewrites one record, not all. */
export const POSITION_STEP = 1024;

export function snapshotExercise(exercise: Exercise): ExerciseSnapshot {
  return {
    id: exercise.id,
    version: exercise.version,
    title: exercise.title,
    durationMinutes: exercise.durationMinutes,
    audience: [...exercise.audience],
    captures: [...exercise.recording.captures],
    summarySharing: exercise.recording.summary,
    ...(exercise.facilitation.needsExperiencedFacilitator ? { needsFacilitatorBecause: exercise.facilitation.why ?? '' } : {}),
    steps: exercise.steps.map(({ title, minutes, script, prompt }) => ({
      title,
      minutes,
      script,
      ...(prompt !== undefined && { prompt }),
    })),
    // An own exercise may change or go later; its plan keeps the notes the run needs.
    ...(exercise.id.startsWith(OWN_EXERCISE_ID_PREFIX) && {
      safetyNotes: exercise.safetyNotes,
      facilitatorNotes: exercise.facilitatorNotes,
    }),
  };
}

export interface NewSessionInput {
  id: string;
  title: string;
  now: number;
}

export function blankSession({ id, title, now }: NewSessionInput): Session {
  return {
    id,
    title,
    scheduledFor: null,
    availableMinutes: null,
    mode: 'facilitated',
    status: 'planned',
    templateId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** An agenda item as it is planned, before the data layer gives it its id and place in a session. */
export type NewAgendaItem = AgendaItem extends infer Item
  ? Item extends AgendaItem
    ? Omit<Item, 'id' | 'sessionId' | 'position'>
    : never
  : never;

/** An item of a new plan, with the facilitator's preparation note for it, if any. */
export interface PlannedItem {
  item: NewAgendaItem;
  prepNote?: string;
}

export function exerciseAgendaItem(exercise: Exercise): NewAgendaItem {
  return { kind: 'exercise', exercise: snapshotExercise(exercise), plannedMinutes: exercise.durationMinutes };
}

/** What a new session takes from its template. */
export type TemplateDetails = Pick<Session, 'mode' | 'templateId' | 'availableMinutes'> & { deleteAfter?: string };

/**
 * A session planned from a template: every exercise is copied in as it is
 * now, breaks and check-ins keep their minutes, and the time available is the
 * template's length. A template's note on an item becomes its prep note.
 */
export function planFromTemplate(
  template: WorkshopTemplate,
  exercises: ReadonlyMap<string, Exercise>,
  /** The local date it is planned on, for a template that suggests a "delete after" date. */
  today?: LocalDate,
): { details: TemplateDetails; plan: PlannedItem[] } {
  const plan = template.agenda.map((item): PlannedItem => {
    switch (item.kind) {
      case 'exercise': {
        const exercise = exercises.get(item.exercise);
        if (!exercise) throw new Error(`Template "${template.id}" names exercise "${item.exercise}", which is not in the library.`);
        return { item: exerciseAgendaItem(exercise), ...(item.note && { prepNote: item.note }) };
      }
      case 'break':
        return { item: { kind: 'break', title: item.title, plannedMinutes: item.minutes } };
      case 'check-in':
        return { item: { kind: 'check-in', title: item.title, plannedMinutes: item.minutes, instrumentIds: [...item.instruments] } };
    }
  });
  const details: TemplateDetails = { mode: template.mode, templateId: template.id, availableMinutes: template.durationMinutes };
  if (template.suggestedRetentionDays !== undefined && today) details.deleteAfter = addDays(today, template.suggestedRetentionDays);
  return { details, plan };
}

/** The position that puts an item between two neighbours (either may be missing). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return POSITION_STEP;
  if (before === undefined) return after! - POSITION_STEP;
  if (after === undefined) return before + POSITION_STEP;
  return (before + after) / 2;
}
