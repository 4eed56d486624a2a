import type { Exercise } from '../content/exercise-schema.ts';
import type { WorkshopTemplate } from '../content/template-schema.ts';
import type { AgendaItem, ExerciseSnapshot, PrepNote, Session } from './session-model.ts';

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
    steps: exercise.steps.map((step) => ({ ...step })),
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

export function exerciseAgendaItem(sessionId: string, id: string, position: number, exercise: Exercise): AgendaItem {
  return {
    id,
    sessionId,
    position,
    kind: 'exercise',
    exercise: snapshotExercise(exercise),
    plannedMinutes: exercise.durationMinutes,
  };
}

/**
 * A session planned from a template: every exercise is copied in as it is
 * now, breaks and check-ins keep their minutes, and the time available is the
 * template's length. A template's note on an item becomes its prep note.
 */
export function sessionFromTemplate(
  input: NewSessionInput,
  template: WorkshopTemplate,
  exercises: ReadonlyMap<string, Exercise>,
  newId: () => string,
): { session: Session; agenda: AgendaItem[]; prepNotes: PrepNote[] } {
  const session: Session = {
    ...blankSession(input),
    mode: template.mode,
    templateId: template.id,
    availableMinutes: template.durationMinutes,
  };
  const prepNotes: PrepNote[] = [];
  const agenda = template.agenda.map((item, index): AgendaItem => {
    const position = (index + 1) * POSITION_STEP;
    const base = { id: newId(), sessionId: session.id, position };
    switch (item.kind) {
      case 'exercise': {
        const exercise = exercises.get(item.exercise);
        if (!exercise) throw new Error(`Template "${template.id}" names exercise "${item.exercise}", which is not in the library.`);
        if (item.note) prepNotes.push({ id: base.id, sessionId: session.id, text: item.note, updatedAt: input.now });
        return exerciseAgendaItem(session.id, base.id, position, exercise);
      }
      case 'break':
        return { ...base, kind: 'break', title: item.title, plannedMinutes: item.minutes };
      case 'check-in':
        return { ...base, kind: 'check-in', title: item.title, plannedMinutes: item.minutes, instrumentIds: [...item.instruments] };
    }
  });
  return { session, agenda, prepNotes };
}

/** The position that puts an item between two neighbours (either may be missing). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return POSITION_STEP;
  if (before === undefined) return after! - POSITION_STEP;
  if (after === undefined) return before + POSITION_STEP;
  return (before + after) / 2;
}
