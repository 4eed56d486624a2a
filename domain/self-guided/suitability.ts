import { agendaItemTitle, type AgendaItem } from '../sessions/session-model.ts';

export interface NeedsFacilitator {
  title: string;
  why: string;
}

/** The items of a plan that a group without a facilitator should not run, each with the content's reason. */
export function itemsNeedingFacilitator(agenda: readonly AgendaItem[]): NeedsFacilitator[] {
  return agenda.flatMap((item) =>
    item.kind === 'exercise' && item.exercise.needsFacilitatorBecause !== undefined
      ? [{ title: agendaItemTitle(item), why: item.exercise.needsFacilitatorBecause }]
      : [],
  );
}
