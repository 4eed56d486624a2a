import { agendaItemTitle, type AgendaItem } from '../sessions/session-model.ts';

export interface NeedsFacilitator {
  title: string;
  why: string;
}

/**
 * The items of a plan that a group without a facilitator should not run,
 * each with the content's reason. Exercises planned before the content said
 * are looked up in the library as it is now, so an old plan does not slip
 * through.
 */
export function itemsNeedingFacilitator(
  agenda: readonly AgendaItem[],
  libraryReason: (exerciseId: string) => string | null = () => null,
): NeedsFacilitator[] {
  return agenda.flatMap((item) => {
    if (item.kind !== 'exercise') return [];
    const why = item.exercise.needsFacilitatorBecause ?? libraryReason(item.exercise.id);
    return why === null ? [] : [{ title: agendaItemTitle(item), why }];
  });
}
