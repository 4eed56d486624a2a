import type { ExerciseSummary } from './exercise-summary.ts';
import type { AgendaItem, WorkshopTemplate } from './template-schema.ts';

type Timed = Pick<ExerciseSummary, 'durationMinutes'>;

export interface TimedAgendaItem<E extends Timed = ExerciseSummary> {
  item: AgendaItem;
  /** The exercise an item runs, if it is one and exists. */
  exercise: E | undefined;
  minutes: number;
  startMinute: number;
}

/** Lays a template's agenda end to end; exercise items last as long as their exercise. */
export function timeAgenda<E extends Timed>(template: Pick<WorkshopTemplate, 'agenda'>, exercises: ReadonlyMap<string, E>): TimedAgendaItem<E>[] {
  let elapsed = 0;
  return template.agenda.map((item) => {
    const exercise = item.kind === 'exercise' ? exercises.get(item.exercise) : undefined;
    const minutes = item.kind === 'exercise' ? (exercise?.durationMinutes ?? 0) : item.minutes;
    const timed = { item, exercise, minutes, startMinute: elapsed };
    elapsed += minutes;
    return timed;
  });
}
